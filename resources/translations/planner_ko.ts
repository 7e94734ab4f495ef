<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name>CycleTableModel</name>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Consultation deadline</source>
            <translation>협의 마감일</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Signing target</source>
            <translation>체결 목표일</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Tasks going on</source>
            <translation>진행 과제 수</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Budget of the tasks going on (KRW)</source>
            <translation>진행 과제 예산(원)</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Year</source>
            <translation>연도</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <location filename="../../ui/errors.py" />
            <source>%1 already has a desk for this period.</source>
            <translation>%1 님은 이 기간에 이미 좌석이 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>A record with this code, name or e-mail already exists.</source>
            <translation>같은 코드, 이름 또는 이메일의 기록이 이미 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>Desk %1 is already taken by %2.</source>
            <translation>좌석 %1은(는) 이미 %2 님이 사용 중입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>Desk %1 is already taken.</source>
            <translation>좌석 %1은(는) 이미 사용 중입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>It is still in use.</source>
            <translation>아직 사용 중입니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>It no longer exists; someone may have deleted it.</source>
            <translation>더 이상 존재하지 않습니다. 다른 사용자가 삭제했을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>Lab Planner</source>
            <translation>랩 플래너</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>Someone else changed this meanwhile; reload and try again.</source>
            <translation>그사이 다른 사용자가 변경했습니다. 다시 불러온 뒤 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>The database cannot be used:</source>
            <translation>데이터베이스를 사용할 수 없습니다:</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>The value cannot be stored as given.</source>
            <translation>입력한 값을 그대로 저장할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>This can no longer be changed.</source>
            <translation>더 이상 변경할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>This desk lacks what the person needs: %1.</source>
            <translation>이 좌석에는 필요한 조건이 없습니다: %1.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" />
            <source>This step is not possible in the current state.</source>
            <translation>현재 상태에서는 이 단계로 진행할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Active</source>
            <translation>진행</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Agreed</source>
            <translation>합의</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Applied</source>
            <translation>적용됨</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Conclude</source>
            <translation>종료</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Concluded</source>
            <translation>종료</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Continue</source>
            <translation>계속</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Discarded</source>
            <translation>폐기됨</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Draft</source>
            <translation>초안</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Foundational</source>
            <translation>원천기술</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>In consultation</source>
            <translation>협의 중</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Industrial AI</source>
            <translation>산업AI</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>KAIST</source>
            <translation>KAIST</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>KT</source>
            <translation>KT</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Korean and English</source>
            <translation>한국어·영어</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Lab</source>
            <translation>실험실</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Meeting room</source>
            <translation>회의실</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Modify</source>
            <translation>변경</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>New</source>
            <translation>신규</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Open office</source>
            <translation>개방형 사무실</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Other</source>
            <translation>기타</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Private office</source>
            <translation>개인 연구실</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Proposed</source>
            <translation>제안</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Server room</source>
            <translation>서버실</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Signed</source>
            <translation>체결</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Start-up</source>
            <translation>스타트업</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" />
            <source>Start-up space</source>
            <translation>창업 공간</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;About Lab Planner</source>
            <translation>랩 플래너 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Open database…</source>
            <translation>데이터베이스 열기(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Redo</source>
            <translation>다시 실행(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Redo %1</source>
            <translation>다시 실행: %1(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Undo</source>
            <translation>실행 취소(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Undo %1</source>
            <translation>실행 취소: %1(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>Open &amp;recent</source>
            <translation>최근 데이터베이스(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/menus.py" />
            <source>&amp;Reload</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>&lt;h3&gt;Lab Planner&lt;/h3&gt;&lt;p&gt;Seating and yearly renewal of the joint research tasks of the KT–KAIST AI·SW research institute at KT Daedeok 2nd R&amp;amp;D Center.&lt;/p&gt;&lt;p&gt;Korean fonts: NAVER Nanum fonts, SIL Open Font License 1.1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;랩 플래너&lt;/h3&gt;&lt;p&gt;KT 대덕2연구센터 KT–KAIST AI·SW 공동연구소의 좌석 배정과 공동 연구과제의 연례 갱신을 관리합니다.&lt;/p&gt;&lt;p&gt;한글 글꼴: 네이버 나눔글꼴, SIL 오픈 폰트 라이선스 1.1.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>About Lab Planner</source>
            <translation>랩 플래너 정보</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Database: %1</source>
            <translation>데이터베이스: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Lab Planner</source>
            <translation>랩 플래너</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Lab Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>랩 플래너 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Open database</source>
            <translation>데이터베이스 열기</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Opening the database…</source>
            <translation>데이터베이스를 여는 중…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>People</source>
            <translation>인원</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>People %1 · Desks %2 · Occupied today %3 · Tasks %4</source>
            <translation>인원 %1 · 좌석 %2 · 오늘 사용 %3 · 과제 %4</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Reports</source>
            <translation>보고서</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Seating</source>
            <translation>좌석</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" />
            <source>Tasks &amp; Renewals</source>
            <translation>연구과제·갱신</translation>
        </message>
    <message><source>Renewal deadlines</source><translation>갱신 일정 알림</translation></message></context>
    <context>
        <name>MoveOutTableModel</name>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Days left</source>
            <translation>남은 일수</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Desk</source>
            <translation>좌석</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Last day</source>
            <translation>마지막 날</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Organisation</source>
            <translation>소속</translation>
        </message>
    </context>
    <context>
        <name>OccupancyTableModel</name>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Floor</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Move-outs ≤ 30 days</source>
            <translation>30일 내 퇴거</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Move-outs ≤ 90 days</source>
            <translation>90일 내 퇴거</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Occupied</source>
            <translation>사용</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Seats</source>
            <translation>좌석</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Utilisation</source>
            <translation>사용률</translation>
        </message>
        <message>
            <location filename="../../ui/models/reports.py" />
            <source>Vacant</source>
            <translation>빈 좌석</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../ui/pages/people.py" />
            <source>%1 of %2 people</source>
            <translation>%2명 중 %1명</translation>
        </message>
        <message>
            <location filename="../../ui/pages/people.py" />
            <source>%1 people</source>
            <translation>%1명</translation>
        </message>
        <message>
            <location filename="../../ui/pages/people.py" />
            <source>Search by name, organisation, task or e-mail</source>
            <translation>이름, 소속, 과제, 이메일로 검색</translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <location filename="../../ui/models/people.py" />
            <source>Desk today</source>
            <translation>오늘 좌석</translation>
        </message>
        <message>
            <location filename="../../ui/models/people.py" />
            <source>E-mail</source>
            <translation>이메일</translation>
        </message>
        <message>
            <location filename="../../ui/models/people.py" />
            <source>English name</source>
            <translation>영문 이름</translation>
        </message>
        <message>
            <location filename="../../ui/models/people.py" />
            <source>Korean name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../ui/models/people.py" />
            <source>Organisation</source>
            <translation>소속</translation>
        </message>
        <message>
            <location filename="../../ui/models/people.py" />
            <source>Role</source>
            <translation>구분</translation>
        </message>
        <message>
            <location filename="../../ui/models/people.py" />
            <source>Stay ends</source>
            <translation>체류 종료</translation>
        </message>
        <message>
            <location filename="../../ui/models/people.py" />
            <source>Tasks</source>
            <translation>연구과제</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>Fit width</source>
            <translation>폭에 맞춤</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>Page %1 of %2</source>
            <translation>%2쪽 중 %1쪽</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 문서 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>Save PDF as</source>
            <translation>PDF로 저장</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>Save as…</source>
            <translation>다른 이름으로 저장…</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>Zoom in</source>
            <translation>확대</translation>
        </message>
        <message>
            <location filename="../../ui/documents/preview.py" />
            <source>Zoom out</source>
            <translation>축소</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Agreement…</source>
            <translation>협약서…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Builds the agreement of the chosen year and records its version</source>
            <translation>선택한 연도의 협약서를 만들고 판(版)을 기록합니다</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Documents</source>
            <translation>문서</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>English</source>
            <translation>영문</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Floor</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Korean</source>
            <translation>국문</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Korean and English</source>
            <translation>국영문 병기</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Name plates…</source>
            <translation>명패…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Occupancy report…</source>
            <translation>좌석 점유 보고서…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Renewal summary…</source>
            <translation>갱신 요약…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Roster…</source>
            <translation>배치 명단…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Seating chart…</source>
            <translation>좌석 배치도…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>The people seated on the chosen floor</source>
            <translation>선택한 층에 배치된 인원</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>As of %1</source>
            <translation>%1 기준</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Move-outs in the next %1 days</source>
            <translation>앞으로 %1일 내 퇴거 예정</translation>
        </message>
        <message>
            <location filename="../../ui/pages/reports.py" />
            <source>Occupancy by floor</source>
            <translation>층별 좌석 사용 현황</translation>
        </message>
    </context>
    <context>
        <name>SeatingPage</name>
        <message>
            <location filename="../../ui/pages/seating.py" />
            <source>%1 desks, %2 occupied</source>
            <translation>좌석 %1개 중 %2개 사용</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seating.py" />
            <source>&amp;Day:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seating.py" />
            <source>Fl&amp;oor:</source>
            <translation>층(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seating.py" />
            <source>All floors</source>
            <translation>전체 층</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seating.py" />
            <source>Desk list</source>
            <translation>좌석 목록</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seating.py" />
            <source>Floor plan</source>
            <translation>평면도</translation>
        </message>
        <message>
            <location filename="../../ui/pages/seating.py" />
            <source>Search desk, zone, person or organisation</source>
            <translation>좌석, 구역, 인원, 소속으로 검색</translation>
        </message>
    <message><source>Loading the floor plan…</source><translation>평면도를 불러오는 중…</translation></message></context>
    <context>
        <name>SeatingTableModel</name>
        <message>
            <location filename="../../ui/models/seating.py" />
            <source>Desk</source>
            <translation>좌석</translation>
        </message>
        <message>
            <location filename="../../ui/models/seating.py" />
            <source>Floor</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../ui/models/seating.py" />
            <source>From</source>
            <translation>시작</translation>
        </message>
        <message>
            <location filename="../../ui/models/seating.py" />
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <location filename="../../ui/models/seating.py" />
            <source>Occupant</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location filename="../../ui/models/seating.py" />
            <source>Organisation</source>
            <translation>소속</translation>
        </message>
        <message>
            <location filename="../../ui/models/seating.py" />
            <source>Out of service</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <location filename="../../ui/models/seating.py" />
            <source>Until</source>
            <translation>종료</translation>
        </message>
        <message>
            <location filename="../../ui/models/seating.py" />
            <source>Zone</source>
            <translation>구역</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../ui/app.py" />
            <source>Creating the demo institute (a few seconds)…</source>
            <translation>데모 연구소를 만드는 중입니다(몇 초 걸립니다)…</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" />
            <source>Lab Planner</source>
            <translation>랩 플래너</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Area</source>
            <translation>분야</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Code</source>
            <translation>과제번호</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>KAIST PI</source>
            <translation>KAIST 책임교수</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>KT counterpart</source>
            <translation>KT 담당자</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Members</source>
            <translation>참여 인원</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Title (English)</source>
            <translation>과제명(영문)</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Title (Korean)</source>
            <translation>과제명</translation>
        </message>
        <message>
            <location filename="../../ui/models/tasks.py" />
            <source>Track</source>
            <translation>분류</translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>%1 of %2 tasks</source>
            <translation>과제 %2개 중 %1개</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>%1 tasks</source>
            <translation>과제 %1개</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>Renewal cycles</source>
            <translation>갱신 주기</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>Research tasks</source>
            <translation>연구과제</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>Search by code, title, area or person</source>
            <translation>과제번호, 과제명, 분야, 인원으로 검색</translation>
        </message>
    <message><source>Renewals</source><translation>연구과제 갱신</translation></message><message><source>Task catalogue</source><translation>과제 목록</translation></message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>All start years</source>
            <translation>모든 시작 연도</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>All statuses</source>
            <translation>모든 상태</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>All tracks</source>
            <translation>모든 분류</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>Delete task</source>
            <translation>과제 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>Edit task…</source>
            <translation>과제 편집…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>Lab Planner</source>
            <translation>Lab Planner</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>New task…</source>
            <translation>새 과제…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>No member of this task has a desk today.</source>
            <translation>이 과제의 참여 인원 중 오늘 좌석이 있는 사람이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/tasks.py" />
            <source>Show members on the floor plan</source>
            <translation>참여 인원을 배치도에서 보기</translation>
        </message>
    </context>
    <context>
        <name>TaskCommands</name>
        <message>
            <location filename="../../ui/tasks/commands.py" />
            <source>Delete task %1</source>
            <translation>과제 %1 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/commands.py" />
            <source>Edit task %1</source>
            <translation>과제 %1 편집</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/commands.py" />
            <source>New task %1</source>
            <translation>새 과제 %1</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>(nobody)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Area</source>
            <translation>분야</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Choose the KAIST PI from the list.</source>
            <translation>KAIST 책임교수를 목록에서 선택하십시오.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Choose the KT counterpart from the list.</source>
            <translation>KT 담당자를 목록에서 선택하십시오.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Code</source>
            <translation>과제번호</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Enter the Korean title.</source>
            <translation>국문 과제명을 입력하십시오.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Enter the task code.</source>
            <translation>과제번호를 입력하십시오.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Filter people</source>
            <translation>인원 필터</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>KAIST PI</source>
            <translation>KAIST 책임교수</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>KT counterpart</source>
            <translation>KT 담당자</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Members</source>
            <translation>참여 인원</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Members chosen: %1</source>
            <translation>선택한 참여 인원: %1명</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>New research task</source>
            <translation>새 연구과제</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Research task</source>
            <translation>연구과제</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Start year</source>
            <translation>시작 연도</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Title (English)</source>
            <translation>과제명(영문)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Title (Korean)</source>
            <translation>과제명(국문)</translation>
        </message>
        <message>
            <location filename="../../ui/tasks/task_dialog.py" />
            <source>Track</source>
            <translation>분류</translation>
        </message>
    </context>
</TS>
