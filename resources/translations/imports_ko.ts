<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%2에 %1행을 저장했습니다.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>배정 이력</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>기준일:</translation>
    </message>
    <message>
        <source>Desks with their occupants</source>
        <translation>좌석과 사용자</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 통합 문서 (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 파일</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>목록:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Renewal cycles</source>
        <translation>갱신 주기</translation>
    </message>
    <message>
        <source>Research tasks</source>
        <translation>연구과제</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>스프레드시트 선택</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>가져오기 양식 저장</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;All files (*)</source>
        <translation>스프레드시트 (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>desks-template.xlsx</source>
        <translation>좌석 가져오기 양식.xlsx</translation>
    </message>
    <message>
        <source>people-template.xlsx</source>
        <translation>인원 가져오기 양식.xlsx</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import desks from %1</source>
        <translation>%1에서 좌석 가져오기</translation>
    </message>
    <message>
        <source>Import people from %1</source>
        <translation>%1에서 인원 가져오기</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 rows have problems: correct them above or in the file, or choose “Skip rows with problems”. Nothing is imported while rows have errors.</source>
        <translation>문제가 있는 행이 %1개입니다. 위 표나 파일에서 고치거나 ‘문제 있는 행은 건너뛰기’를 고르세요. 오류가 있는 행이 남아 있으면 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>%1 rows will be imported; the %2 with problems will be left out and written with their reasons to %3.</source>
        <translation>%1행을 가져옵니다. 문제가 있는 %2행은 건너뛰고 그 이유와 함께 %3에 저장합니다.</translation>
    </message>
    <message>
        <source>%1 rows with problems were left out and written to %2.</source>
        <translation>문제가 있는 %1행은 건너뛰고 %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>&amp;All or nothing</source>
        <translation>오류가 없을 때만 전부 가져오기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Skip rows with problems (written to a file)</source>
        <translation>문제 있는 행은 건너뛰고 파일로 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>행을 확인하는 중…</translation>
    </message>
    <message>
        <source>Choose a column for every required field (*).</source>
        <translation>필수 항목(*)마다 열을 하나씩 지정하세요.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Create organisations the file names but the database does not have</source>
        <translation>파일에는 있지만 데이터베이스에 없는 소속을 새로 만들기</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>감지됨: %1</translation>
    </message>
    <message>
        <source>Every row has problems: there is nothing to import.</source>
        <translation>모든 행에 문제가 있어 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>가져오기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Import desks</source>
        <translation>좌석 가져오기</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>인원 가져오기</translation>
    </message>
    <message>
        <source>Imported: added %1, changed %2, left alone %3. Edit ▸ Undo puts it back.</source>
        <translation>가져오기 완료: 추가 %1, 변경 %2, 그대로 %3. 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>시트:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>문자 인코딩:</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>desk %1 booking from %2 removed (outside the stay)</source>
        <translation>%2부터의 좌석 %1 배정 삭제(체류 기간 밖)</translation>
    </message>
    <message>
        <source>desk %1 held from %2 (the stay starts then)</source>
        <translation>좌석 %1은(는) %2부터 사용(그날 체류 시작)</translation>
    </message>
    <message>
        <source>desk %1 released from %2</source>
        <translation>좌석 %1 반납(%2부터)</translation>
    </message>
    <message>
        <source>'%1' has a two-digit year; write it in full, e.g. 2025-03-01</source>
        <translation>'%1'은(는) 연도가 두 자리입니다. 2025-03-01처럼 네 자리로 쓰세요</translation>
    </message>
    <message>
        <source>'%1' is not a date (write e.g. 2025-03-01 or 2025년 3월 1일)</source>
        <translation>'%1'은(는) 날짜가 아닙니다 (예: 2025-03-01 또는 2025년 3월 1일)</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1'은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>'%1' is not a real day of the calendar</source>
        <translation>'%1'은(는) 달력에 없는 날짜입니다</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>'%1'은(는) 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <source>'%1' puts the year last; write the year first, e.g. 2025-03-01</source>
        <translation>'%1'은(는) 연도가 뒤에 있습니다. 2025-03-01처럼 연도를 앞에 쓰세요</translation>
    </message>
    <message>
        <source>The file cannot be used:</source>
        <translation>이 파일은 사용할 수 없습니다:</translation>
    </message>
    <message>
        <source>The file could not be written; nothing was saved or changed:</source>
        <translation>파일을 저장하지 못했습니다. 아무것도 저장하거나 바꾸지 않았습니다:</translation>
    </message>
    <message>
        <source>a new person needs an organisation</source>
        <translation>새 인원에는 소속이 있어야 합니다</translation>
    </message>
    <message>
        <source>desk %1 stands on another floor; an import does not move desks</source>
        <translation>좌석 %1은(는) 다른 층에 있습니다. 가져오기로는 좌석을 옮기지 않습니다</translation>
    </message>
    <message>
        <source>e-mail %1 belongs to %2 but employee no. %3 to %4</source>
        <translation>이메일 %1은(는) %2의 것인데 사번 %3은(는) %4의 것입니다</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>퇴거일(%1)이 입주일(%2)보다 앞섭니다</translation>
    </message>
    <message>
        <source>ends (%1) before the stored start (%2)</source>
        <translation>퇴거일(%1)이 저장된 입주일(%2)보다 앞섭니다</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>%1자를 넘습니다</translation>
    </message>
    <message>
        <source>matched %1 of %2 by name (no e-mail or employee no.)</source>
        <translation>이메일이나 사번이 없어 %2의 %1을(를) 이름으로 찾았습니다</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>%1에서 %2 사이여야 합니다</translation>
    </message>
    <message>
        <source>no role given; '%1' assumed</source>
        <translation>역할이 없어 '%1'(으)로 봅니다</translation>
    </message>
    <message>
        <source>organisation '%1' will be created</source>
        <translation>소속 '%1'을(를) 새로 만듭니다</translation>
    </message>
    <message>
        <source>same desk code as row %1: %2</source>
        <translation>%1행과 좌석 코드가 같습니다: %2</translation>
    </message>
    <message>
        <source>same e-mail as row %1: %2</source>
        <translation>%1행과 이메일이 같습니다: %2</translation>
    </message>
    <message>
        <source>same employee no. as row %1: %2</source>
        <translation>%1행과 사번이 같습니다: %2</translation>
    </message>
    <message>
        <source>same name and organisation as row %1: %2</source>
        <translation>%1행과 이름·소속이 같습니다: %2</translation>
    </message>
    <message>
        <source>same person as row %1: %2</source>
        <translation>%1행과 같은 사람입니다: %2</translation>
    </message>
    <message>
        <source>starts (%1) after the stored end (%2)</source>
        <translation>입주일(%1)이 저장된 퇴거일(%2)보다 늦습니다</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>이름이 없습니다</translation>
    </message>
    <message>
        <source>unknown building '%1'</source>
        <translation>알 수 없는 건물 '%1'</translation>
    </message>
    <message>
        <source>unknown desk kind '%1' (%2)</source>
        <translation>알 수 없는 좌석 종류 '%1' (%2)</translation>
    </message>
    <message>
        <source>unknown feature(s): %1 (%2)</source>
        <translation>알 수 없는 기능: %1 (%2)</translation>
    </message>
    <message>
        <source>unknown floor '%1'</source>
        <translation>알 수 없는 층 '%1'</translation>
    </message>
    <message>
        <source>unknown need(s): %1 (%2)</source>
        <translation>알 수 없는 필요 기능: %1 (%2)</translation>
    </message>
    <message>
        <source>unknown organisation '%1'</source>
        <translation>등록되지 않은 소속 '%1'</translation>
    </message>
    <message>
        <source>unknown role '%1' (%2)</source>
        <translation>알 수 없는 역할 '%1' (%2)</translation>
    </message>
    <message>
        <source>unknown task code(s): %1</source>
        <translation>등록되지 않은 과제 코드: %1</translation>
    </message>
    <message>
        <source>zone '%1' will be created as an open office around its desks</source>
        <translation>구역 '%1'을(를) 좌석들을 둘러싼 개방형 사무실로 새로 만듭니다</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Building</source>
        <translation>건물</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>행을 확인하는 중…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Desk code</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Desk kind</source>
        <translation>좌석 종류</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>사번</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>필요 기능</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 추가</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>회전</translation>
    </message>
    <message>
        <source>Stay ends</source>
        <translation>퇴거일</translation>
    </message>
    <message>
        <source>Stay starts</source>
        <translation>입주일</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>데이터베이스에 저장하는 중…</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>x (m)</source>
        <translation>x (m)</translation>
    </message>
    <message>
        <source>y (m)</source>
        <translation>y (m)</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Desks…</source>
        <translation>좌석(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>인원(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a &amp;template for people…</source>
        <translation>인원 가져오기 양식 저장(&amp;T)…</translation>
    </message>
    <message>
        <source>Save a te&amp;mplate for desks…</source>
        <translation>좌석 가져오기 양식 저장(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>%1 is already taken by column “%2”; set that column to Ignore first.</source>
        <translation>%1 항목은 이미 “%2” 열에 지정되어 있습니다. 먼저 그 열을 ‘무시’로 바꾸세요.</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation>열을 지정해야 하는 항목: %1</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>Field (* required)</source>
        <translation>항목 (* 필수)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>예시 값</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>%1 rows: %2 new, %3 with changes, %4 unchanged, %5 with errors, %6 warnings</source>
        <translation>전체 %1행: 새로 추가 %2, 변경 %3, 변경 없음 %4, 오류 %5행, 주의 %6건</translation>
    </message>
    <message>
        <source>Checking rows… %1 of %2</source>
        <translation>행을 확인하는 중… %2행 중 %1행</translation>
    </message>
    <message>
        <source>Every problem of every row</source>
        <translation>모든 행의 모든 문제</translation>
    </message>
    <message>
        <source>Preview — correct a cell by typing in it</source>
        <translation>미리 보기 — 칸에 바로 입력해 고칠 수 있습니다</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>문제 있는 행만</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>파일의 행</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Template saved: %1</source>
        <translation>양식을 저장했습니다: %1</translation>
    </message>
</context>
</TS>
