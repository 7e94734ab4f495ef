<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ErrorDetails</name>
    <message>
        <source>Building</source>
        <translation>건물</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>사용 여부</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Adjacency distance</source>
        <translation>인접 거리</translation>
    </message>
    <message>
        <source>Allowed moves</source>
        <translation>허용 이동 수</translation>
    </message>
    <message>
        <source>Research area</source>
        <translation>연구 분야</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>면적</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>배경 이미지</translation>
    </message>
    <message>
        <source>Background image file</source>
        <translation>배경 이미지 파일</translation>
    </message>
    <message>
        <source>Background scale</source>
        <translation>배경 축척</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Scale calibration</source>
        <translation>축척 보정</translation>
    </message>
    <message>
        <source>Seat capacity</source>
        <translation>좌석 정원</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Consultation deadline</source>
        <translation>협의 마감일</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>협의</translation>
    </message>
    <message>
        <source>Renewal cycle</source>
        <translation>갱신 주기</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>사번</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Desk features</source>
        <translation>좌석 특성</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Floor background</source>
        <translation>층 배경 이미지</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>연구 목표</translation>
    </message>
    <message>
        <source>GPU allocation</source>
        <translation>GPU 할당량</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>참여 인원 수</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>서버 이름</translation>
    </message>
    <message>
        <source>Imported desks</source>
        <translation>가져온 좌석</translation>
    </message>
    <message>
        <source>Imported people</source>
        <translation>가져온 인원</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>KT counterpart</source>
        <translation>KT 담당자</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>마지막 날</translation>
    </message>
    <message>
        <source>Floor level</source>
        <translation>층 번호</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>참여 연구원</translation>
    </message>
    <message>
        <source>Move plan</source>
        <translation>이동 계획</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>퇴거</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>이름(한글)</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>필요 사항</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>출력 파일</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>기간 종료일</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>기간 시작일</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Person with the e-mail</source>
        <translation>해당 이메일의 인원</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>KAIST PI</source>
        <translation>KAIST 책임연구원</translation>
    </message>
    <message>
        <source>Planned move</source>
        <translation>예정된 이동</translation>
    </message>
    <message>
        <source>Zone outline</source>
        <translation>구역 윤곽</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Role name prefix</source>
        <translation>역할 이름 접두사</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Research task</source>
        <translation>연구과제</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>회전 각도</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <source>KAIST signatory</source>
        <translation>KAIST 서명자</translation>
    </message>
    <message>
        <source>KT signatory</source>
        <translation>KT 서명자</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>서명일</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Target signing date</source>
        <translation>서명 목표일</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>체류 기간</translation>
    </message>
    <message>
        <source>Move-out date</source>
        <translation>퇴거일</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>입주일</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>자리 맞바꾸기</translation>
    </message>
    <message>
        <source>Task renewal</source>
        <translation>과제 갱신</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>제한 시간</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>영문 과제명</translation>
    </message>
    <message>
        <source>Korean title</source>
        <translation>과제명(한글)</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS 모드</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>과제 유형</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>X position</source>
        <translation>X 좌표</translation>
    </message>
    <message>
        <source>Y position</source>
        <translation>Y 좌표</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>Agreement %1 (%2), version %3</source>
        <translation>%1년 협약서(%2) 버전 %3</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>건물 %1</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>층 %1</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>사이트 %1</translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation>좌석 %1</translation>
    </message>
    <message>
        <source>Organisation %1</source>
        <translation>소속 %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>인원 %1</translation>
    </message>
    <message>
        <source>Renewal cycle %1</source>
        <translation>%1년 갱신 주기</translation>
    </message>
    <message>
        <source>Research task %1</source>
        <translation>연구과제 %1</translation>
    </message>
    <message>
        <source>{field} #%1 was deleted meanwhile.</source>
        <translation>{field} #%1은(는) 그사이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; a new database is only made where there is no file or an empty one.</source>
        <translation>%1이(가) 이미 있고 비어 있지 않습니다. 새 데이터베이스는 파일이 없거나 빈 파일인 곳에만 만듭니다.</translation>
    </message>
    <message>
        <source>%1 already exists; add --replace to overwrite it.</source>
        <translation>%1이(가) 이미 있습니다. 덮어쓰려면 --replace를 붙여 주십시오.</translation>
    </message>
    <message>
        <source>%1 already sits at desk %2.</source>
        <translation>%1 님은 이미 %2 좌석에 앉아 있습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1은(는) 폴더입니다. 파일 이름을 지정해 주십시오.</translation>
    </message>
    <message>
        <source>Floor %1 is ambiguous (%2); give the floor's name.</source>
        <translation>'%1'에 해당하는 층이 여러 개입니다(%2). 층 이름을 지정해 주십시오.</translation>
    </message>
    <message>
        <source>%1 is not a port number (1–65535).</source>
        <translation>%1은(는) 올바른 포트 번호(1–65535)가 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: %1 is outside the years %2–%3.</source>
        <translation>{field}의 날짜 %1은(는) 허용 범위(%2–%3년)를 벗어났습니다.</translation>
    </message>
    <message>
        <source>'%1' is not a PostgreSQL server.</source>
        <translation>'%1'은(는) PostgreSQL 서버가 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: '%1' is not a date (YYYY-MM-DD).</source>
        <translation>{field}에 입력한 '%1'은(는) 올바른 날짜(YYYY-MM-DD)가 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: '%1' is not a number.</source>
        <translation>{field}에 입력한 '%1'은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>'%1' is not a valid database user name.</source>
        <translation>'%1'은(는) 올바른 데이터베이스 사용자 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>'%1' is not a valid role name prefix.</source>
        <translation>'%1'은(는) 올바른 역할 이름 접두사가 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: '%1' is not a whole number.</source>
        <translation>{field}에 입력한 '%1'은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address.</source>
        <translation>'%1'은(는) 올바른 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>A person with this e-mail or employee number already exists.</source>
        <translation>같은 이메일 또는 사번을 가진 인원이 이미 있습니다.</translation>
    </message>
    <message>
        <source>{field}: a record with this code, name or e-mail already exists.</source>
        <translation>{field}: 같은 코드, 이름 또는 이메일을 가진 항목이 이미 있습니다.</translation>
    </message>
    <message>
        <source>A zone named %1 is already on this floor.</source>
        <translation>이 층에는 이미 '%1' 구역이 있습니다.</translation>
    </message>
    <message>
        <source>{field} cannot be edited here.</source>
        <translation>{field}은(는) 여기에서 편집할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>서로 다른 두 사람을 선택해 주십시오.</translation>
    </message>
    <message>
        <source>Choose at least one person.</source>
        <translation>한 사람 이상 선택해 주십시오.</translation>
    </message>
    <message>
        <source>{field}: the same person is listed twice.</source>
        <translation>{field}: 같은 사람이 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <source>{field} contains control characters.</source>
        <translation>{field}에 입력할 수 없는 제어 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Desk %1 would be outside the floor (%2 × %3 m).</source>
        <translation>좌석 %1이(가) 층 범위(%2 × %3 m)를 벗어나게 됩니다.</translation>
    </message>
    <message>
        <source>Desk code %1 is already used in this site.</source>
        <translation>좌석 코드 %1은(는) 이 사이트에서 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>Desk code %1 is given twice.</source>
        <translation>좌석 코드 %1이(가) 두 번 입력되었습니다.</translation>
    </message>
    <message>
        <source>{field} ends (%1) before it starts (%2).</source>
        <translation>{field}의 종료일(%1)은 시작일(%2)보다 빠를 수 없습니다.</translation>
    </message>
    <message>
        <source>{field} has a point outside the floor.</source>
        <translation>{field}에 층 범위를 벗어난 점이 있습니다.</translation>
    </message>
    <message>
        <source>{field} has no moves.</source>
        <translation>{field}에 이동이 하나도 없습니다.</translation>
    </message>
    <message>
        <source>{field} is longer than %1 characters.</source>
        <translation>{field}은(는) %1자를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}은(는) 필수 항목입니다.</translation>
    </message>
    <message>
        <source>{field} must be 0 or more.</source>
        <translation>{field}은(는) 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>{field} must be 0 or more seconds.</source>
        <translation>{field}은(는) 0초 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>{field} must be a date.</source>
        <translation>{field}에는 날짜를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>{field} must be a list of [x, y] points.</source>
        <translation>{field}은(는) [x, y] 좌표의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>{field} must be a single line.</source>
        <translation>{field}은(는) 한 줄로 입력해야 합니다.</translation>
    </message>
    <message>
        <source>{field} must be between %1 and %2.</source>
        <translation>{field}은(는) %1에서 %2 사이여야 합니다.</translation>
    </message>
    <message>
        <source>{field} must be between 1 and 1,000,000 desks.</source>
        <translation>{field}은(는) 좌석 1개에서 1,000,000개 사이여야 합니다.</translation>
    </message>
    <message>
        <source>{field} must be ko, en or both, not '%1'.</source>
        <translation>{field}은(는) ko, en, both 중 하나여야 합니다('%1'은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>{field} must be more than 0.</source>
        <translation>{field}은(는) 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>{field} must be one of %1.</source>
        <translation>{field}은(는) 다음 중 하나여야 합니다: %1.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}에는 텍스트를 입력해야 합니다.</translation>
    </message>
    <message>
        <source>{field} needs at least three points.</source>
        <translation>{field}에는 점이 세 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>No e-mail addresses were given.</source>
        <translation>이메일 주소가 하나도 없습니다.</translation>
    </message>
    <message>
        <source>Nobody is chosen.</source>
        <translation>선택한 인원이 없습니다.</translation>
    </message>
    <message>
        <source>{field} refers to something that does not exist or is still in use.</source>
        <translation>{field}이(가) 없는 항목을 가리키거나, 아직 사용 중인 항목입니다.</translation>
    </message>
    <message>
        <source>Roles exist only on a PostgreSQL server.</source>
        <translation>역할은 PostgreSQL 서버에서만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The database name is empty.</source>
        <translation>데이터베이스 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The file is not a PNG, JPEG or SVG image.</source>
        <translation>PNG, JPEG, SVG 이미지 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The drawing declares entities (&lt;!ENTITY&gt;), which can grow without limit; save it again as plain SVG.</source>
        <translation>도면에 엔티티 선언(&lt;!ENTITY&gt;)이 있어 한없이 커질 수 있습니다. 일반 SVG로 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The drawing has no size (width and height, or a viewBox).</source>
        <translation>도면에 크기(width와 height 또는 viewBox)가 없습니다.</translation>
    </message>
    <message>
        <source>The drawing is not a readable SVG file: it is cut off or malformed at line %1.</source>
        <translation>도면이 읽을 수 있는 SVG 파일이 아닙니다. %1번째 줄에서 끊겼거나 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>The drawing refers to files or web addresses outside it (%1); save it again with its images embedded.</source>
        <translation>도면이 바깥의 파일이나 웹 주소(%1)를 참조합니다. 이미지를 도면에 포함하여 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; at most %3 million pixels can be shown (scale it down or save it as SVG).</source>
        <translation>이미지가 %1 × %2 픽셀입니다. 최대 %3메가픽셀까지 표시할 수 있습니다(크기를 줄이거나 SVG로 저장하세요).</translation>
    </message>
    <message>
        <source>The image is damaged: its size cannot be read.</source>
        <translation>이미지가 손상되어 크기를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB.</source>
        <translation>이미지가 %1 MB보다 큽니다.</translation>
    </message>
    <message>
        <source>The latest renewal cycle is %1; the next one must be later.</source>
        <translation>가장 최근 갱신 주기가 %1년이므로, 다음 주기는 그 이후 연도여야 합니다.</translation>
    </message>
    <message>
        <source>The proposal changes no seat.</source>
        <translation>제안에 바뀌는 좌석이 없습니다.</translation>
    </message>
    <message>
        <source>The scale must lie between 0.000001 and 1000 m per pixel.</source>
        <translation>축척은 픽셀당 0.000001–1000 m 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The server name is empty.</source>
        <translation>서버 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>사용자 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>There is no earlier renewal cycle to start from; create one first.</source>
        <translation>이어받을 이전 갱신 주기가 없습니다. 먼저 갱신 주기를 만들어 주십시오.</translation>
    </message>
    <message>
        <source>This floor has no background image.</source>
        <translation>이 층에는 배경 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Two different points and a positive distance are needed.</source>
        <translation>서로 다른 두 점과 0보다 큰 거리가 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown TLS mode '%1'.</source>
        <translation>알 수 없는 TLS 모드입니다: '%1'</translation>
    </message>
    <message>
        <source>Unknown decision '%1'.</source>
        <translation>알 수 없는 결정입니다: '%1'</translation>
    </message>
    <message>
        <source>Unknown desk kind '%1'.</source>
        <translation>알 수 없는 좌석 유형입니다: '%1'</translation>
    </message>
    <message>
        <source>Unknown desk feature in '%1'.</source>
        <translation>'%1'에 알 수 없는 좌석 특성이 있습니다.</translation>
    </message>
    <message>
        <source>Unknown need in '%1'.</source>
        <translation>'%1'에 알 수 없는 필요 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Unknown organisation kind '%1'.</source>
        <translation>알 수 없는 소속 유형입니다: '%1'</translation>
    </message>
    <message>
        <source>Unknown role '%1'.</source>
        <translation>알 수 없는 구분입니다: '%1'</translation>
    </message>
    <message>
        <source>Unknown role '%1'; choose one of %2.</source>
        <translation>알 수 없는 역할입니다: '%1'. 다음 중 하나를 선택해 주십시오: %2</translation>
    </message>
    <message>
        <source>Unknown state '%1'.</source>
        <translation>알 수 없는 상태입니다: '%1'</translation>
    </message>
    <message>
        <source>Unknown status '%1'.</source>
        <translation>알 수 없는 상태입니다: '%1'</translation>
    </message>
    <message>
        <source>Unknown track '%1'.</source>
        <translation>알 수 없는 과제 유형입니다: '%1'</translation>
    </message>
    <message>
        <source>Unknown zone kind '%1'.</source>
        <translation>알 수 없는 구역 유형입니다: '%1'</translation>
    </message>
    <message>
        <source>{field} violates a rule of the database (%1).</source>
        <translation>{field}이(가) 데이터베이스 규칙에 어긋납니다(%1).</translation>
    </message>
    <message>
        <source>The zone is on another floor.</source>
        <translation>선택한 구역이 다른 층에 있습니다.</translation>
    </message>
    <message>
        <source>A zone needs at least three corners.</source>
        <translation>구역에는 꼭짓점이 세 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>A corner is not a number.</source>
        <translation>꼭짓점 좌표가 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>A corner lies outside the floor (%1 × %2 m).</source>
        <translation>꼭짓점이 층 범위(%1 × %2 m)를 벗어납니다.</translation>
    </message>
    <message>
        <source>The outline crosses itself.</source>
        <translation>윤곽선이 스스로 교차합니다.</translation>
    </message>
    <message>
        <source>The outline encloses no area.</source>
        <translation>윤곽선 안에 면적이 없습니다.</translation>
    </message>
    <message>
        <source>{field} still has %2 desk assignment(s) in its history.</source>
        <translation>{field}에는 좌석 배정 기록이 아직 %2건 남아 있습니다.</translation>
    </message>
    <message>
        <source>%1 still has %2 people.</source>
        <translation>%1 소속 인원이 아직 %2명 있습니다.</translation>
    </message>
    <message>
        <source>%1 has %2 desk assignment(s) and %3 research task link(s); set the end of their stay instead.</source>
        <translation>%1 님은 좌석 배정 기록 %2건과 연구과제 연결 %3건이 있어 삭제할 수 없습니다. 대신 체류 종료일을 정해 주십시오.</translation>
    </message>
    <message>
        <source>Desk %1 has %2 assignment(s); mark it out of service instead.</source>
        <translation>좌석 %1에는 배정 기록이 %2건 있습니다. 삭제하는 대신 사용 중지로 표시해 주십시오.</translation>
    </message>
    <message>
        <source>Desks added by the import have %1 assignment(s) since; release those before undoing the import.</source>
        <translation>가져오기로 추가된 좌석에 그 뒤 배정이 %1건 생겼습니다. 가져오기를 취소하기 전에 먼저 배정을 해제해 주십시오.</translation>
    </message>
    <message>
        <source>People added by the import have %1 desk assignment(s) and %2 planned move(s) since; release or remove those before undoing the import.</source>
        <translation>가져오기로 추가된 인원에게 그 뒤 좌석 배정 %1건과 예정된 이동 %2건이 생겼습니다. 가져오기를 취소하기 전에 먼저 해제하거나 삭제해 주십시오.</translation>
    </message>
    <message>
        <source>Task %1 appears in %2 renewal cycle(s); conclude it instead.</source>
        <translation>연구과제 %1은(는) 갱신 주기 %2개에 들어 있습니다. 삭제하는 대신 종료로 처리해 주십시오.</translation>
    </message>
    <message>
        <source>The %1 cycle is signed and can no longer be changed.</source>
        <translation>%1년 갱신 주기는 서명이 끝나 더 이상 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>The %1 cycle is %2; only a draft can be deleted.</source>
        <translation>%1년 갱신 주기는 '%2' 상태입니다. 초안만 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Move plan '%1' is %2, not a draft.</source>
        <translation>이동 계획 '%1'은(는) 초안이 아니라 '%2' 상태입니다.</translation>
    </message>
    <message>
        <source>Move plan '%1' is %2, not applied.</source>
        <translation>이동 계획 '%1'은(는) 적용된 상태가 아니라 '%2' 상태입니다.</translation>
    </message>
    <message>
        <source>Move plan '%1' is %2, not discarded.</source>
        <translation>이동 계획 '%1'은(는) 폐기된 상태가 아니라 '%2' 상태입니다.</translation>
    </message>
    <message>
        <source>Move plan '%1' was applied; it stays in the history.</source>
        <translation>이동 계획 '%1'은(는) 이미 적용되었으므로 기록으로 남습니다.</translation>
    </message>
    <message>
        <source>This seating was changed by someone else meanwhile; reload and try again.</source>
        <translation>그사이 다른 사용자가 이 좌석 배치를 변경했습니다. 다시 불러온 뒤 시도해 주십시오.</translation>
    </message>
    <message>
        <source>{field} not found: %1; someone may have deleted it.</source>
        <translation>{field}을(를) 찾을 수 없습니다: %1. 다른 사용자가 삭제했을 수 있습니다.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>인증서 파일</translation>
    </message>
    <message>
        <source>Trusted root certificate</source>
        <translation>신뢰하는 루트 인증서</translation>
    </message>
    <message>
        <source>Signature of %1 on the %2 agreement</source>
        <translation>%2년 협약서의 %1 서명</translation>
    </message>
    <message>
        <source>%1 is not the copy KT signed (its bytes differ from the recorded sha256 %2).</source>
        <translation>%1은(는) KT가 서명한 사본이 아닙니다(기록된 sha256 %2와 내용이 다릅니다).</translation>
    </message>
    <message>
        <source>{field}: %1 does not exist.</source>
        <translation>{field}: %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the password is wrong or it is not a PKCS#12 (.p12/.pfx) certificate file.</source>
        <translation>%1을(를) 열 수 없습니다. 암호가 틀렸거나 PKCS#12(.p12/.pfx) 인증서 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a certificate (PEM or DER).</source>
        <translation>%1은(는) 인증서(PEM 또는 DER)가 아닙니다.</translation>
    </message>
    <message>
        <source>{field} is not a PDF that can be read (damaged or not a PDF).</source>
        <translation>{field}은(는) 읽을 수 있는 PDF가 아닙니다(손상되었거나 PDF가 아님).</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>%1 does not stay at the institute on those days.</source>
        <translation>%1 님은 그 기간에 연구원에 머물지 않습니다.</translation>
    </message>
    <message>
        <source>%1 does not stay at the institute on those days (stay %2).</source>
        <translation>%1 님은 그 기간에 연구원에 머물지 않습니다(체류 %2).</translation>
    </message>
    <message>
        <source>The %1 cycle cannot become %2; nothing was changed:</source>
        <translation>%1년 갱신 주기를 ‘%2’ 단계로 넘길 수 없어 아무것도 바꾸지 않았습니다:</translation>
    </message>
    <message>
        <source>A signed cycle is read-only.</source>
        <translation>서명된 주기는 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>A cycle cannot go from %1 to %2.</source>
        <translation>주기는 ‘%1’에서 ‘%2’(으)로 갈 수 없습니다.</translation>
    </message>
    <message>
        <source>The cycle has no tasks.</source>
        <translation>주기에 과제가 없습니다.</translation>
    </message>
    <message>
        <source>No decision yet for %1.</source>
        <translation>%1 과제의 결정이 아직 없습니다.</translation>
    </message>
    <message>
        <source>A reason is required for the change of %1.</source>
        <translation>%1 과제의 변경 사유를 적어 주십시오.</translation>
    </message>
    <message>
        <source>Signing needs the date of signature.</source>
        <translation>서명하려면 서명일이 필요합니다.</translation>
    </message>
    <message>
        <source>Signing needs both signatories.</source>
        <translation>서명하려면 양측 서명자가 모두 필요합니다.</translation>
    </message>
    <message>
        <source>Move plan '%1' cannot be applied; nothing was changed:</source>
        <translation>이동 계획 ‘%1’을(를) 적용할 수 없어 아무것도 바꾸지 않았습니다:</translation>
    </message>
    <message>
        <source>Desk %1 is out of service.</source>
        <translation>좌석 %1은(는) 사용 중지 상태입니다.</translation>
    </message>
    <message>
        <source>Zone %1 is full (%2 seats).</source>
        <translation>%1 구역의 좌석(%2석)이 모두 찼습니다.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 people find a free desk that meets their needs on the floor of %3. Nobody was seated; drop fewer people, or free or add desks.</source>
        <translation>%2명 가운데 %1명만 %3 좌석이 있는 층에서 필요 조건에 맞는 빈 좌석을 찾을 수 있습니다. 아무도 배정하지 않았습니다. 인원을 줄이거나 좌석을 비우거나 추가해 주십시오.</translation>
    </message>
    <message>
        <source>%1 has no desk on %2.</source>
        <translation>%1 님은 %2에 배정된 좌석이 없습니다.</translation>
    </message>
</context>
</TS>
