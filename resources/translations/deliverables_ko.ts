<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <!-- Research administration (issue #20): deliverables, what is due, the review before agreement. -->
    <context>
        <name>ChecklistModel</name>
        <message>
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>필수</translation>
        </message>
        <message>
            <source>Review item</source>
            <translation>검토 항목</translation>
        </message>
        <message>
            <source>Ticked</source>
            <translation>확인</translation>
        </message>
        <message>
            <source>Ticked by</source>
            <translation>확인자</translation>
        </message>
        <message>
            <source>When</source>
            <translation>확인 시각</translation>
        </message>
        <message>
            <source>not ticked</source>
            <translation>미확인</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>선택</translation>
        </message>
        <message>
            <source>required</source>
            <translation>필수</translation>
        </message>
        <message>
            <source>ticked</source>
            <translation>확인됨</translation>
        </message>
    </context>
    <context>
        <name>DeliverableDialog</name>
        <message>
            <source>&amp;Due date</source>
            <translation>제출기한(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>구분(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Reason waived</source>
            <translation>면제 사유(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;State</source>
            <translation>상태(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Task</source>
            <translation>과제(&amp;T)</translation>
        </message>
        <message>
            <source>A waived deliverable needs the reason it is waived.</source>
            <translation>면제하려면 면제 사유를 적어야 합니다.</translation>
        </message>
        <message>
            <source>Deliverable of %1 (%2)</source>
            <translation>%1 산출물 (%2년)</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>제출기한</translation>
        </message>
        <message>
            <source>Evidence &amp;link</source>
            <translation>증빙 링크(&amp;L)</translation>
        </message>
        <message>
            <source>Evidence link</source>
            <translation>증빙 링크</translation>
        </message>
        <message>
            <source>Give the deliverable a title.</source>
            <translation>산출물 제목을 입력하십시오.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>New deliverable of %1</source>
            <translation>%1년 새 산출물</translation>
        </message>
        <message>
            <source>Reason waived</source>
            <translation>면제 사유</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>제목(&amp;I)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>과제</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
</context>
    <context>
        <name>DeliverableModel</name>
        <message>
            <source>%1, %2 days late</source>
            <translation>%1, %2일 지연</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>산출물</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>제출기한</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>증빙</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>과제</translation>
        </message>
    </context>
    <context>
        <name>DeliverablesTab</name>
        <message>
            <source>%1 deliverables of the tasks in %2; %3 late.</source>
            <translation>%2년 과제 산출물 %1건, 그중 %3건 지연.</translation>
        </message>
        <message>
            <source>&amp;Add deliverable…</source>
            <translation>산출물 추가(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>삭제(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Modify…</source>
            <translation>수정(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Open evidence</source>
            <translation>증빙 열기(&amp;O)</translation>
        </message>
        <message>
            <source>Attach fi&amp;le…</source>
            <translation>파일 첨부(&amp;L)…</translation>
        </message>
        <message>
            <source>Deliverables of the year</source>
            <translation>연도별 산출물</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>내보내기(&amp;X)…</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>모든 구분</translation>
        </message>
        <message>
            <source>Every state</source>
            <translation>모든 상태</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>구분 필터</translation>
        </message>
        <message>
            <source>Open a renewal cycle first.</source>
            <translation>먼저 갱신 주기를 여십시오.</translation>
        </message>
        <message>
            <source>Search by task, title or kind</source>
            <translation>과제, 제목, 구분으로 검색</translation>
        </message>
        <message>
            <source>Search deliverables</source>
            <translation>산출물 검색</translation>
        </message>
        <message>
            <source>State filter</source>
            <translation>상태 필터</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>%1 days late</source>
            <translation>%1일 지연</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>산출물</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>제출기한</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>과제</translation>
        </message>
        <message>
            <source>When</source>
            <translation>기한</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>오늘 마감</translation>
        </message>
        <message>
            <source>in %1 days</source>
            <translation>%1일 남음</translation>
        </message>
    </context>
    <context>
        <name>DueTab</name>
        <message>
            <source>%1 deliverables are overdue and %2 are due in the next %3 days (on %4). Double-click one to see it in its year.</source>
            <translation>%4 기준 제출 기한이 지난 산출물 %1건, %3일 안에 제출할 산출물 %2건. 두 번 누르면 해당 연도의 산출물 목록에서 보여 줍니다.</translation>
        </message>
        <message>
            <source>Deliverables overdue or due soon</source>
            <translation>기한이 지났거나 곧 다가오는 산출물</translation>
        </message>
    </context>
    <context>
        <name>ErrorDetails</name>
        <message>
            <source>%1 row(s) cannot be imported; nothing was imported: %2</source>
            <translation>%1개 행을 가져올 수 없어 아무것도 가져오지 않았습니다: %2</translation>
        </message>
        <message>
            <source>'%1' is not a document this program keeps (PDF, HWP/HWPX, Office, ZIP, PNG, JPEG or text).</source>
            <translation>'%1'은(는) 이 프로그램이 보관하는 문서가 아닙니다 (PDF, HWP/HWPX, Office, ZIP, PNG, JPEG, 텍스트).</translation>
        </message>
        <message>
            <source>A waived deliverable needs the reason it is waived.</source>
            <translation>면제하려면 면제 사유를 적어야 합니다.</translation>
        </message>
        <message>
            <source>Deliverable</source>
            <translation>산출물</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>제출기한</translation>
        </message>
        <message>
            <source>Evidence file</source>
            <translation>증빙 파일</translation>
        </message>
        <message>
            <source>Evidence link</source>
            <translation>증빙 링크</translation>
        </message>
        <message>
            <source>Item (English)</source>
            <translation>항목명(영문)</translation>
        </message>
        <message>
            <source>Item (Korean)</source>
            <translation>항목명(국문)</translation>
        </message>
        <message>
            <source>Reason for the missing final reports</source>
            <translation>최종보고서 미제출 사유</translation>
        </message>
        <message>
            <source>Reason waived</source>
            <translation>면제 사유</translation>
        </message>
        <message>
            <source>Review item</source>
            <translation>검토 항목</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>The %1 cycle is %2; its review before agreement is on record and can no longer be changed.</source>
            <translation>%1년 주기는 %2 상태입니다. 협약 전 검토 기록은 더 이상 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <source>The file has no name.</source>
            <translation>파일 이름이 없습니다.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB; store a link to it instead.</source>
            <translation>파일이 %1MB보다 큽니다. 파일 대신 링크를 저장하십시오.</translation>
        </message>
        <message>
            <source>The file lacks the column(s) %1.</source>
            <translation>파일에 %1 열이 없습니다.</translation>
        </message>
        <message>
            <source>The final reports of %1 are missing for %2; give the reason to open the %3 cycle anyway.</source>
            <translation>%2 과제의 %1년 최종보고서가 제출되지 않았습니다. 그래도 %3년 주기를 열려면 사유를 적으십시오.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Unknown kind '%1'.</source>
            <translation>알 수 없는 구분 '%1'.</translation>
        </message>
        <message>
            <source>{field}: '%1' is not a web address (http:// or https://).</source>
            <translation>{field}: '%1'은(는) 웹 주소가 아닙니다 (http:// 또는 https://).</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <source>Required review items are not ticked: %1.</source>
            <translation>확인되지 않은 필수 검토 항목: %2.</translation>
        </message>
    </context>
    <context>
        <name>ResearchCommands</name>
        <message>
            <source>Add deliverable %1 to %2</source>
            <translation>%2에 산출물 %1 추가</translation>
        </message>
        <message>
            <source>Attach %1 to %2</source>
            <translation>%2에 %1 첨부</translation>
        </message>
        <message>
            <source>Change deliverable %1</source>
            <translation>산출물 %1 수정</translation>
        </message>
        <message>
            <source>Delete deliverable %1</source>
            <translation>산출물 %1 삭제</translation>
        </message>
        <message>
            <source>Import deliverables from %1</source>
            <translation>%1에서 산출물 가져오기</translation>
        </message>
        <message>
            <source>Remove the evidence file of %1</source>
            <translation>%1의 증빙 파일 삭제</translation>
        </message>
        <message>
            <source>Take back review item %1 (%2)</source>
            <translation>검토 항목 %1 확인 취소 (%2년)</translation>
        </message>
        <message>
            <source>Tick review item %1 (%2)</source>
            <translation>검토 항목 %1 확인 (%2년)</translation>
        </message>
    </context>
    <context>
        <name>ResearchHooks</name>
        <message>
            <source>%1 deliverables of %2 saved to %3</source>
            <translation>%2년 산출물 %1건을 %3에 저장했습니다</translation>
        </message>
        <message>
            <source>Add deliverable</source>
            <translation>산출물 추가</translation>
        </message>
        <message>
            <source>Attach evidence</source>
            <translation>증빙 첨부</translation>
        </message>
        <message>
            <source>Delete deliverable</source>
            <translation>산출물 삭제</translation>
        </message>
        <message>
            <source>Delete the deliverable “%1” of %2? Undo brings it back.</source>
            <translation>%2의 산출물 “%1”을(를) 삭제할까요? 실행 취소로 되살릴 수 있습니다.</translation>
        </message>
        <message>
            <source>Deliverables</source>
            <translation>산출물</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.hwp *.hwpx *.docx *.xlsx *.pptx *.zip *.png *.jpg *.txt);;All files (*)</source>
            <translation>문서 (*.pdf *.hwp *.hwpx *.docx *.xlsx *.pptx *.zip *.png *.jpg *.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>제출 기한</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Excel 통합 문서 (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Export deliverables</source>
            <translation>산출물 내보내기</translation>
        </message>
        <message>
            <source>Final reports missing</source>
            <translation>최종보고서 미제출</translation>
        </message>
        <message>
            <source>Import deliverables</source>
            <translation>산출물 가져오기</translation>
        </message>
        <message>
            <source>Open a renewal cycle first.</source>
            <translation>먼저 갱신 주기를 여십시오.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>협약 전 검토</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
            <translation>스프레드시트 (*.xlsx *.xls *.csv)</translation>
        </message>
        <message>
            <source>The cycle has no tasks yet.</source>
            <translation>이 주기에는 아직 과제가 없습니다.</translation>
        </message>
        <message>
            <source>The file could not be read:
%1</source>
            <translation>파일을 읽을 수 없습니다:
%1</translation>
        </message>
        <message>
            <source>The final reports of %1 are missing for %2.

The %3 cycle can still be opened if you record why (kept with the cycle and in the audit log):</source>
            <translation>%2 과제의 %1년 최종보고서가 제출되지 않았습니다.

사유를 기록하면 %3년 주기를 열 수 있습니다 (주기와 감사 기록에 남습니다):</translation>
        </message>
        <message>
            <source>The review of an agreed or signed cycle is on record and can no longer be changed.</source>
            <translation>합의 또는 서명된 주기의 검토 기록은 더 이상 바꿀 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <source>&amp;Tick</source>
            <translation>확인(&amp;T)</translation>
        </message>
        <message>
            <source>Every required review item of the %1 cycle is ticked.</source>
            <translation>%1년 주기의 필수 검토 항목이 모두 확인되었습니다.</translation>
        </message>
        <message>
            <source>Note for the tick</source>
            <translation>확인 메모</translation>
        </message>
        <message>
            <source>Note for the tick (optional)</source>
            <translation>확인 메모 (선택)</translation>
        </message>
        <message>
            <source>Review before agreement</source>
            <translation>협약 전 검토</translation>
        </message>
        <message>
            <source>Take &amp;back</source>
            <translation>확인 취소(&amp;B)</translation>
        </message>
        <message>
            <source>The %1 cycle can become agreed once every required item is ticked: %2 of %3 required items are ticked.</source>
            <translation>필수 항목을 모두 확인해야 %1년 주기를 합의 완료로 바꿀 수 있습니다: 필수 항목 %3개 중 %2개 확인.</translation>
        </message>
    </context>
</TS>
