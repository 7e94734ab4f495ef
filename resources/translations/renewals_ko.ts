<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
  <context>
    <name>AuditTab</name>
    <message>
      <source>%1 changes to the %2 cycle and its tasks, newest first. Times are local.</source>
      <translation>%2년 갱신 주기와 과제의 변경 %1건 (최신순, 현지 시각)</translation>
    </message>
  </context>
  <context>
    <name>ComparisonTab</name>
    <message>
      <source>New</source>
      <translation>신규</translation>
    </message>
    <message>
      <source>Modified</source>
      <translation>변경</translation>
    </message>
    <message>
      <source>Concluded</source>
      <translation>종료</translation>
    </message>
    <message>
      <source>Totals by track (concluded tasks count as 0 after)</source>
      <translation>트랙별 합계 (종료 과제는 변경 후 0으로 계산)</translation>
    </message>
    <message>
      <source>%1: there is no earlier cycle to compare with; every task shows as new.</source>
      <translation>%1년: 비교할 이전 갱신 주기가 없어 모든 과제가 신규로 표시됩니다.</translation>
    </message>
    <message>
      <source>%1 compared with %2</source>
      <translation>%1년 (%2년 대비)</translation>
    </message>
  </context>
  <context>
    <name>CycleBar</name>
    <message>
      <source>Renewal cycle</source>
      <translation>갱신 주기</translation>
    </message>
    <message>
      <source>Open next year's cycle</source>
      <translation>다음 연도 갱신 주기 열기</translation>
    </message>
    <message>
      <source>Advance to…</source>
      <translation>단계 변경…</translation>
    </message>
    <message>
      <source>Export deadlines (.ics)…</source>
      <translation>일정 내보내기 (.ics)…</translation>
    </message>
    <message>
      <source>Save this cycle's deadlines for Outlook or any calendar</source>
      <translation>이 갱신 주기의 마감일을 Outlook 등 캘린더용 파일로 저장합니다</translation>
    </message>
    <message>
      <source>Creates the %1 cycle from %2: every task still running is copied as “continue” with last year's figures.</source>
      <translation>%2년 갱신 주기로부터 %1년 갱신 주기를 만듭니다. 수행 중인 모든 과제가 전년도 수치 그대로 ‘계속’으로 복사됩니다.</translation>
    </message>
    <message>
      <source>There is no cycle to start from yet.</source>
      <translation>시작할 갱신 주기가 아직 없습니다.</translation>
    </message>
    <message>
      <source>No renewal cycle yet.</source>
      <translation>갱신 주기가 아직 없습니다.</translation>
    </message>
    <message>
      <source>consultation deadline %1</source>
      <translation>협의 마감 %1</translation>
    </message>
    <message>
      <source>signing target %1</source>
      <translation>서명 목표일 %1</translation>
    </message>
    <message>
      <source>signed on %1 by %2 and %3</source>
      <translation>%1 서명 (%2, %3)</translation>
    </message>
    <message>
      <source>Overdue: %1 passed</source>
      <translation>기한 경과: %1</translation>
    </message>
    <message>
      <source>Back to “%1”</source>
      <translation>‘%1’(으)로 되돌리기</translation>
    </message>
    <message>
      <source>“%1” (date and signatories)…</source>
      <translation>‘%1’ (서명일과 서명자 입력)…</translation>
    </message>
    <message>
      <source>A signed cycle is read-only; it cannot change state anymore.</source>
      <translation>서명된 갱신 주기는 읽기 전용이며 더 이상 단계를 바꿀 수 없습니다.</translation>
    </message>
    <message>
      <source>Move the cycle to its next state</source>
      <translation>갱신 주기를 다음 단계로 옮깁니다</translation>
    </message>
  <message><source>Deadlines…</source><translation>마감일…</translation></message></context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>— undecided</source>
      <translation>— 미결정</translation>
    </message>
    <message>
      <source>The figures stay as last agreed, for the record; a concluded task counts as 0 in this cycle's totals and in the comparison.</source>
      <translation>수치는 기록을 위해 마지막 합의 값으로 남습니다. 종료 과제는 이번 갱신 주기의 합계와 비교에서 0으로 계산됩니다.</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>과제</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>결정</translation>
    </message>
    <message>
      <source>Budget (KRW)</source>
      <translation>연구비 (원)</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>연구기간</translation>
    </message>
    <message>
      <source>Headcount</source>
      <translation>참여인원</translation>
    </message>
    <message>
      <source>GPUs</source>
      <translation>GPU</translation>
    </message>
    <message>
      <source>Goals and deliverables</source>
      <translation>목표 및 산출물</translation>
    </message>
    <message>
      <source>Seating: what concluding this task frees</source>
      <translation>좌석: 과제 종료로 비게 되는 자리</translation>
    </message>
    <message>
      <source>Decision for %1</source>
      <translation>%1 갱신 결정</translation>
    </message>
    <message>
      <source>Add a task to the cycle</source>
      <translation>갱신 주기에 과제 추가</translation>
    </message>
    <message>
      <source>Every catalogue task is already in this cycle.</source>
      <translation>모든 과제가 이미 이 갱신 주기에 들어 있습니다.</translation>
    </message>
    <message>
      <source>Choose a decision.</source>
      <translation>결정을 선택하십시오.</translation>
    </message>
    <message>
      <source>A reason is required when a task is modified or concluded; it goes into the agreement's change annex (변경사유).</source>
      <translation>변경 또는 종료에는 사유가 필요합니다. 협약서 변경 별표의 변경사유로 들어갑니다.</translation>
    </message>
    <message>
      <source>Enter the budget in KRW (0 if there is none).</source>
      <translation>연구비를 원 단위로 입력하십시오 (없으면 0).</translation>
    </message>
    <message>
      <source>The period must not end before it starts.</source>
      <translation>연구기간의 종료일이 시작일보다 빠를 수 없습니다.</translation>
    </message>
    <message>
      <source>= %1 thousand KRW (천원)</source>
      <translation>= %1 천원</translation>
    </message>
    <message>
      <source>Reason (required)</source>
      <translation>사유 (필수)</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>사유</translation>
    </message>
    <message>
      <source>No member of this task would lose a desk.</source>
      <translation>좌석을 반납할 참여인원이 없습니다.</translation>
    </message>
    <message>
      <source>%1 — no desk</source>
      <translation>%1 — 좌석 없음</translation>
    </message>
    <message>
      <source>From %1, %2 members of this task belong to no other task going on; %3 desks would become free:</source>
      <translation>%1부터 이 과제의 참여인원 %2명이 계속되는 다른 과제에 속하지 않아 좌석 %3개가 비게 됩니다:</translation>
    </message>
    <message>
      <source>Start a move-plan draft releasing these desks on %1</source>
      <translation>%1자로 이 좌석들을 반납하는 이동 계획 초안 만들기</translation>
    </message>
  </context>
  <context>
    <name>GroupTotalsModel</name>
    <message>
      <source>By</source>
      <translation>구분</translation>
    </message>
    <message>
      <source>Track / area</source>
      <translation>트랙 / 분야</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>과제 수</translation>
    </message>
    <message>
      <source>Budget (KRW)</source>
      <translation>연구비 (원)</translation>
    </message>
    <message>
      <source>Headcount</source>
      <translation>참여인원</translation>
    </message>
    <message>
      <source>GPUs</source>
      <translation>GPU</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>트랙</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>분야</translation>
    </message>
    <message>
      <source>(no area)</source>
      <translation>(분야 없음)</translation>
    </message>
  </context>
  <context>
    <name>RenewalAuditModel</name>
    <message>
      <source>When</source>
      <translation>일시</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>변경자</translation>
    </message>
    <message>
      <source>Cycle / task</source>
      <translation>갱신 주기 / 과제</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>작업</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>항목</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>이전 값</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>새 값</translation>
    </message>
  </context>
  <context>
    <name>RenewalComparisonModel</name>
    <message>
      <source>Code</source>
      <translation>과제번호</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>과제명</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>트랙</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>결정</translation>
    </message>
    <message>
      <source>Budget before (KRW)</source>
      <translation>당초 연구비 (원)</translation>
    </message>
    <message>
      <source>Budget after (KRW)</source>
      <translation>변경 연구비 (원)</translation>
    </message>
    <message>
      <source>Δ (KRW)</source>
      <translation>증감 (원)</translation>
    </message>
    <message>
      <source>Δ %</source>
      <translation>증감률</translation>
    </message>
    <message>
      <source>Headcount</source>
      <translation>참여인원</translation>
    </message>
    <message>
      <source>GPUs</source>
      <translation>GPU</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>변경사유</translation>
    </message>
  </context>
  <context>
    <name>RenewalReminder</name>
    <message>
      <source>%1 cycle: the %2 (%3) has passed.</source>
      <translation>%1년 갱신 주기: %2(%3)이 지났습니다.</translation>
    </message>
    <message>
      <source>Renewal deadlines have passed without signing:</source>
      <translation>서명되지 않은 채 지난 갱신 마감일이 있습니다:</translation>
    </message>
  </context>
  <context>
    <name>RenewalTableModel</name>
    <message>
      <source>Concluded: counts as 0 in this cycle's totals (on record: %1 KRW)</source>
      <translation>종료: 이 주기의 합계에는 0으로 들어갑니다(기록된 금액 %1원)</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>과제번호</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>트랙</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>과제명</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>결정</translation>
    </message>
    <message>
      <source>Budget (KRW)</source>
      <translation>연구비 (원)</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>연구기간</translation>
    </message>
    <message>
      <source>Headcount</source>
      <translation>참여인원</translation>
    </message>
    <message>
      <source>GPUs</source>
      <translation>GPU</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>사유</translation>
    </message>
    <message>
      <source>— undecided</source>
      <translation>— 미결정</translation>
    </message>
  </context>
  <context>
    <name>RenewalTasksTab</name>
    <message>
      <source>Search code, title, area or reason</source>
      <translation>과제번호, 과제명, 분야, 사유 검색</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>트랙</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>결정</translation>
    </message>
    <message>
      <source>Undecided</source>
      <translation>미결정</translation>
    </message>
    <message>
      <source>All</source>
      <translation>전체</translation>
    </message>
    <message>
      <source>Add task…</source>
      <translation>과제 추가…</translation>
    </message>
    <message>
      <source>Edit decision…</source>
      <translation>결정 편집…</translation>
    </message>
    <message>
      <source>Add a catalogue task that is not in this cycle yet</source>
      <translation>이 갱신 주기에 아직 없는 과제를 추가합니다</translation>
    </message>
    <message>
      <source>View decision…</source>
      <translation>결정 보기…</translation>
    </message>
    <message>
      <source>Or double-click a task</source>
      <translation>과제를 두 번 클릭해도 됩니다</translation>
    </message>
    <message>
      <source>%1 tasks, %2 going on; budget of the tasks going on: %3 KRW</source>
      <translation>과제 %1건, 수행 %2건 · 수행 과제 연구비 %3원</translation>
    </message>
    <message>
      <source>%4 of %1 tasks shown; %2 going on; budget of the tasks going on: %3 KRW</source>
      <translation>과제 %1건 중 %4건 표시 · 수행 %2건 · 수행 과제 연구비 %3원</translation>
    </message>
  </context>
  <context>
    <name>RenewalTexts</name>
    <message>
      <source>Year</source>
      <translation>연도</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>과제</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>단계</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>결정</translation>
    </message>
    <message>
      <source>Budget (KRW)</source>
      <translation>연구비 (원)</translation>
    </message>
    <message>
      <source>Period start</source>
      <translation>연구기간 시작</translation>
    </message>
    <message>
      <source>Period end</source>
      <translation>연구기간 종료</translation>
    </message>
    <message>
      <source>Headcount</source>
      <translation>참여인원</translation>
    </message>
    <message>
      <source>GPUs</source>
      <translation>GPU</translation>
    </message>
    <message>
      <source>Goals and deliverables</source>
      <translation>목표 및 산출물</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>사유</translation>
    </message>
    <message>
      <source>Consultation deadline</source>
      <translation>협의 마감일</translation>
    </message>
    <message>
      <source>Signing target</source>
      <translation>서명 목표일</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>서명일</translation>
    </message>
    <message>
      <source>KT signatory</source>
      <translation>KT 서명자</translation>
    </message>
    <message>
      <source>KAIST signatory</source>
      <translation>KAIST 서명자</translation>
    </message>
    <message>
      <source>added</source>
      <translation>추가</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>변경</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>삭제</translation>
    </message>
    <message>
      <source>consultation deadline</source>
      <translation>협의 마감일</translation>
    </message>
    <message>
      <source>signing target</source>
      <translation>서명 목표일</translation>
    </message>
  </context>
  <context>
    <name>RenewalWorkspace</name>
    <message>
      <source>Open a renewal cycle first.</source>
      <translation>먼저 갱신 주기를 여십시오.</translation>
    </message>
    <message>
      <source>The %1 cycle was signed on %2 and can no longer be changed.</source>
      <translation>%1년 갱신 주기는 %2에 서명되어 더 이상 바꿀 수 없습니다.</translation>
    </message>
    <message>
      <source>Add task</source>
      <translation>과제 추가</translation>
    </message>
    <message>
      <source>Every task of the catalogue is already in this cycle. Add the new task to the catalogue first; it can then be added here.</source>
      <translation>모든 과제가 이미 이 갱신 주기에 들어 있습니다. 새 과제를 먼저 과제 목록에 등록한 뒤 여기에서 추가하십시오.</translation>
    </message>
    <message>
      <source>Open next year's cycle</source>
      <translation>다음 연도 갱신 주기 열기</translation>
    </message>
    <message>
      <source>Open the %1 renewal cycle from %2?

Every task still running is copied as “continue” with its %2 figures and a period one year later.</source>
      <translation>%2년으로부터 %1년 갱신 주기를 여시겠습니까?

수행 중인 모든 과제가 %2년 수치와 1년 뒤의 연구기간으로 ‘계속’으로 복사됩니다.</translation>
    </message>
    <message>
      <source>Export deadlines</source>
      <translation>일정 내보내기</translation>
    </message>
    <message>
      <source>The %1 cycle has no deadlines to export.</source>
      <translation>%1년 갱신 주기에는 내보낼 마감일이 없습니다.</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>iCalendar 파일 (*.ics)</translation>
    </message>
    <message>
      <source>The file could not be written:
%1</source>
      <translation>파일을 저장할 수 없습니다:
%1</translation>
    </message>
    <message>
      <source>Deadlines of %1 saved to %2</source>
      <translation>%1년 마감일을 %2에 저장했습니다</translation>
    </message>
    <message>
      <source>Renewal cycle</source>
      <translation>갱신 주기</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>과제</translation>
    </message>
    <message>
      <source>Comparison</source>
      <translation>전년 대비</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>요약</translation>
    </message>
    <message>
      <source>Audit</source>
      <translation>변경 이력</translation>
    </message>
  </context>
  <context>
    <name>SignDialog</name>
    <message>
      <source>Sign the %1 renewal</source>
      <translation>%1년 갱신 서명</translation>
    </message>
    <message>
      <source>e.g. KT 융합기술원장</source>
      <translation>예: KT 융합기술원장</translation>
    </message>
    <message>
      <source>e.g. KAIST 연구원장</source>
      <translation>예: KAIST 연구원장</translation>
    </message>
    <message>
      <source>Signing is final: the cycle becomes read-only and this step cannot be undone. Concluded tasks are closed and new tasks become active in the catalogue.</source>
      <translation>서명은 최종 단계입니다. 갱신 주기는 읽기 전용이 되며 되돌릴 수 없습니다. 종료 과제는 종료 처리되고 신규 과제는 수행 중으로 바뀝니다.</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>서명</translation>
    </message>
    <message>
      <source>Date of signature</source>
      <translation>서명일</translation>
    </message>
    <message>
      <source>KT signatory</source>
      <translation>KT 서명자</translation>
    </message>
    <message>
      <source>KAIST signatory</source>
      <translation>KAIST 서명자</translation>
    </message>
    <message>
      <source>Both signatories are needed.</source>
      <translation>양측 서명자가 모두 필요합니다.</translation>
    </message>
  </context>
  <context>
    <name>SummaryTab</name>
    <message>
      <source>Undecided</source>
      <translation>미결정</translation>
    </message>
    <message>
      <source>Decisions in this cycle</source>
      <translation>이번 갱신 주기의 결정</translation>
    </message>
    <message>
      <source>Tasks going on, by track and by area</source>
      <translation>수행 과제: 트랙별·분야별</translation>
    </message>
    <message>
      <source>Budget of the tasks going on, by year (million KRW)</source>
      <translation>연도별 수행 과제 연구비 (백만원)</translation>
    </message>
  </context>
  <context>
    <name>TrackTotalsModel</name>
    <message>
      <source>Track</source>
      <translation>트랙</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>과제 수</translation>
    </message>
    <message>
      <source>Budget before (KRW)</source>
      <translation>당초 연구비 (원)</translation>
    </message>
    <message>
      <source>Budget after (KRW)</source>
      <translation>변경 연구비 (원)</translation>
    </message>
    <message>
      <source>Δ (KRW)</source>
      <translation>증감 (원)</translation>
    </message>
    <message>
      <source>Δ %</source>
      <translation>증감률</translation>
    </message>
    <message>
      <source>Headcount</source>
      <translation>참여인원</translation>
    </message>
    <message>
      <source>GPUs</source>
      <translation>GPU</translation>
    </message>
    <message>
      <source>All tracks</source>
      <translation>전체</translation>
    </message>
  </context>
  <context>
    <name>RenewalCommands</name>
    <message>
      <source>This change cannot be made again:</source>
      <translation>이 변경은 다시 실행할 수 없습니다:</translation>
    </message>
    <message>
      <source>This change cannot be undone:</source>
      <translation>이 변경은 되돌릴 수 없습니다:</translation>
    </message>
    <message>
      <source>Conclude %1</source>
      <translation>%1 종료</translation>
    </message>
    <message>
      <source>Change decision of %1</source>
      <translation>%1 결정 변경</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>%1 수정</translation>
    </message>
    <message>
      <source>Add %1 to the %2 cycle</source>
      <translation>%2년 갱신 주기에 %1 추가</translation>
    </message>
    <message>
      <source>Sign the %1 cycle</source>
      <translation>%1년 갱신 주기 서명</translation>
    </message>
    <message>
      <source>Move the %1 cycle to “%2”</source>
      <translation>%1년 갱신 주기를 ‘%2’(으)로 변경</translation>
    </message>
    <message>
      <source>A signed cycle cannot go back.</source>
      <translation>서명된 갱신 주기는 되돌릴 수 없습니다.</translation>
    </message>
    <message>
      <source>Open the %1 cycle</source>
      <translation>%1년 갱신 주기 열기</translation>
    </message>
    <message><source>Change the deadlines of the %1 cycle</source><translation>%1년 갱신 주기 마감일 변경</translation></message></context>
<context><name>DeadlinesDialog</name><message><source>Deadlines of the %1 cycle</source><translation>%1년 갱신 주기 마감일</translation></message><message><source>none</source><translation>없음</translation></message><message><source>Consultation deadline</source><translation>협의 마감일</translation></message><message><source>Signing target</source><translation>서명 목표일</translation></message></context></TS>