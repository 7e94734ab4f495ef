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
      <source>Check a signed file…</source>
      <translation>서명된 파일 확인…</translation>
    </message>
    <message>
      <source>Sign the agreed agreement electronically, as KT and then as KAIST</source>
      <translation>합의된 협약서에 전자서명합니다 (KT 먼저, 이어서 KAIST)</translation>
    </message>
    <message>
      <source>Signature settings…</source>
      <translation>전자서명 설정…</translation>
    </message>
    <message>
      <source>Sign…</source>
      <translation>전자서명…</translation>
    </message>
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
      <source>Check a signed file</source>
      <translation>서명된 파일 확인</translation>
    </message>
    <message>
      <source>KT and KAIST have both signed the %1 agreement. Record the cycle as signed now, with these signatures as its evidence?</source>
      <translation>KT와 KAIST가 모두 %1년 협약서에 서명했습니다. 이 서명을 근거로 지금 갱신 주기를 ‘서명 완료’로 기록하시겠습니까?</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
      <source>Signed as %1: %2</source>
      <translation>%1 명의로 서명함: %2</translation>
    </message>
    <message>
      <source>The file could not be read:
%1</source>
      <translation>파일을 읽을 수 없습니다:
%1</translation>
    </message>
    <message>
      <source>The %1 cycle is not signed yet (%2).</source>
      <translation>%1년 갱신 주기가 아직 서명되지 않았습니다 (%2).</translation>
    </message>
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
      <translation>%2년 갱신 주기를 바탕으로 %1년 갱신 주기를 여시겠습니까?

수행 중인 모든 과제는 ‘계속’ 결정으로 옮겨지며, %2년 수치를 그대로 두고 연구기간만 1년 뒤로 바뀝니다.</translation>
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
      <source>KT and KAIST signed the agreement electronically: the date and the signatories are those of their signatures, which are kept as the evidence.</source>
      <translation>KT와 KAIST가 협약서에 전자서명했습니다: 서명일과 서명자는 그 전자서명의 것이며, 전자서명이 근거로 보관됩니다.</translation>
    </message>
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
<context><name>DeadlinesDialog</name><message><source>Deadlines of the %1 cycle</source><translation>%1년 갱신 주기 마감일</translation></message><message><source>none</source><translation>없음</translation></message><message><source>Consultation deadline</source><translation>협의 마감일</translation></message><message><source>Signing target</source><translation>서명 목표일</translation></message></context>
  <context>
    <name>AgreementTermsDialog</name>
    <message>
      <source>Article 6: the research space KT provides, “about N desks”. A term of the agreement, not today's count of occupied desks.</source>
      <translation>제6조: KT가 제공하는 연구공간(“○석 내외”). 협약의 조건이며 오늘 사용 중인 좌석 수가 아닙니다.</translation>
    </message>
    <message>
      <source>Representative's name</source>
      <translation>대표자 성명</translation>
    </message>
    <message>
      <source>Representative's position</source>
      <translation>대표자 직위</translation>
    </message>
    <message>
      <source> desks</source>
      <translation>석</translation>
    </message>
    <message>
      <source>%1: a delegate signs, so give the basis of the delegation.</source>
      <translation>%1: 위임받은 사람이 서명하므로 위임 근거를 국문과 영문으로 적어 주십시오.</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>주소</translation>
    </message>
    <message>
      <source>Agreement terms of %1</source>
      <translation>%1년도 협약 조건</translation>
    </message>
    <message>
      <source>Basis of the delegation</source>
      <translation>위임 근거</translation>
    </message>
    <message>
      <source>Delegate who signs: name</source>
      <translation>서명 위임자 성명</translation>
    </message>
    <message>
      <source>Delegate who signs: position</source>
      <translation>서명 위임자 직위</translation>
    </message>
    <message>
      <source>Desks KT provides (Article 6)</source>
      <translation>KT 제공 좌석 수(제6조)</translation>
    </message>
    <message>
      <source>English</source>
      <translation>영문</translation>
    </message>
    <message>
      <source>Institution</source>
      <translation>기관명</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>국문</translation>
    </message>
    <message>
      <source>Leave the delegate empty when the representative signs in person.</source>
      <translation>대표자가 직접 서명하면 위임자 칸은 비워 두십시오.</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>기록 없음</translation>
    </message>
  </context>
  <context>
    <name>CycleBar</name>
    <message>
      <source>Agreement</source>
      <translation>협약서</translation>
    </message>
    <message>
      <source>Agreement terms…</source>
      <translation>협약 조건…</translation>
    </message>
    <message>
      <source>Agreement wording…</source>
      <translation>협약서 서식…</translation>
    </message>
    <message>
      <source>Back to “%1” (unfreeze, with a reason)…</source>
      <translation>“%1”(으)로 되돌리기(사유를 적고 고정 해제)…</translation>
    </message>
    <message>
      <source>Desks KT provides and who signs for each party, in Korean and English</source>
      <translation>KT가 제공하는 좌석 수와 각 기관의 서명자(국문·영문)</translation>
    </message>
    <message>
      <source>Frozen on %1 (UTC) by %2. Every copy is built from it.</source>
      <translation>%1(UTC)에 %2이(가) 고정했습니다. 모든 사본은 이 고정본으로 만듭니다.</translation>
    </message>
    <message>
      <source>The articles of the agreement, shared by everyone, with a preview</source>
      <translation>모든 사용자가 함께 쓰는 협약서 조문(미리 보기 포함)</translation>
    </message>
    <message>
      <source>agreement frozen: version %1 · %2</source>
      <translation>협약서 고정: 버전 %1 · %2</translation>
    </message>
    <message>
      <source>“%1” (freezes the agreement)</source>
      <translation>“%1”(협약서 고정)</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <source>For the English agreement (Annex 2)</source>
      <translation>영문 협약서(Annex 2)에 들어갑니다</translation>
    </message>
    <message>
      <source>Reason in English</source>
      <translation>영문 변경사유</translation>
    </message>
  </context>
  <context>
    <name>RenewalCommands</name>
    <message>
      <source>Agree the %1 cycle (freeze its agreement)</source>
      <translation>%1년 주기 합의(협약서 고정)</translation>
    </message>
    <message>
      <source>Agreement undone in the window</source>
      <translation>화면에서 합의를 실행 취소함</translation>
    </message>
    <message>
      <source>Change the agreement terms of %1</source>
      <translation>%1년도 협약 조건 변경</translation>
    </message>
    <message>
      <source>Change the agreement wording</source>
      <translation>협약서 서식 변경</translation>
    </message>
  </context>
  <context>
    <name>RenewalWorkspace</name>
    <message>
      <source>The %1 agreement is frozen: these terms are part of it. Go back to consultation to change them.</source>
      <translation>%1년도 협약서는 고정되어 있으며 이 조건도 그 일부입니다. 고치려면 협의 단계로 되돌리십시오.</translation>
    </message>
  </context>
  <context>
    <name>UnfreezeDialog</name>
    <message>
      <source>Going back to consultation unfreezes version %1 of the agreement. It stays on record with your reason; the next agreement will be version %2.</source>
      <translation>협의 단계로 되돌리면 협약서 버전 %1의 고정이 풀립니다. 버전 %1은(는) 사유와 함께 기록에 남고, 다음 합의는 버전 %2이(가) 됩니다.</translation>
    </message>
    <message>
      <source>Reason (required)</source>
      <translation>사유(필수)</translation>
    </message>
    <message>
      <source>Unfreeze the %1 agreement</source>
      <translation>%1년도 협약서 고정 해제</translation>
    </message>
    <message>
      <source>Unfreeze</source>
      <translation>고정 해제</translation>
    </message>
    <message>
      <source>e.g. KAIST asked to add a task</source>
      <translation>예: KAIST가 과제 추가를 요청함</translation>
    </message>
  </context>
  <context>
    <name>WordingEditor</name>
    <message>
      <source>%1: the shipped wording</source>
      <translation>%1: 기본 서식</translation>
    </message>
    <message>
      <source>%1: version %2</source>
      <translation>%1: 버전 %2</translation>
    </message>
    <message>
      <source>Agreement wording</source>
      <translation>협약서 서식</translation>
    </message>
    <message>
      <source>Both</source>
      <translation>국영문 대조</translation>
    </message>
    <message>
      <source>Building the preview…</source>
      <translation>미리 보기를 만드는 중…</translation>
    </message>
    <message>
      <source>Draft of %1 with this wording: %2 pages</source>
      <translation>이 서식으로 만든 %1년도 초안: %2쪽</translation>
    </message>
    <message>
      <source>English</source>
      <translation>영문</translation>
    </message>
    <message>
      <source>In use: %1. Saving makes new versions for everyone; an agreed agreement keeps the wording it was agreed with.</source>
      <translation>사용 중: %1. 저장하면 모든 사용자에게 새 버전이 적용되며, 이미 합의된 협약서는 합의 당시의 서식을 유지합니다.</translation>
    </message>
    <message>
      <source>Korean</source>
      <translation>국문</translation>
    </message>
    <message>
      <source>No changes.</source>
      <translation>바뀐 내용이 없습니다.</translation>
    </message>
    <message>
      <source>No preview: %1</source>
      <translation>미리 보기를 만들지 못했습니다: %1</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>미리 보기</translation>
    </message>
    <message>
      <source>Restore the shipped wording</source>
      <translation>기본 서식으로 되돌리기</translation>
    </message>
    <message>
      <source>The wording can make an agreement in Korean, English and both.</source>
      <translation>이 서식으로 국문, 영문, 국영문 대조 협약서를 만들 수 있습니다.</translation>
    </message>
    <message>
      <source>What changed (kept with the new version)</source>
      <translation>바뀐 내용(새 버전과 함께 기록됨)</translation>
    </message>
  </context>
  <context>
    <name>RenewalTexts</name>
    <message>
      <source>Desks KT provides</source>
      <translation>KT 제공 좌석 수</translation>
    </message>
    <message>
      <source>Opened despite missing final reports (reason)</source>
      <translation>최종보고서 미제출에도 주기 개설 (사유)</translation>
    </message>
    <message>
      <source>Reason in English</source>
      <translation>영문 변경사유</translation>
    </message>
    <message>
      <source>Agreement frozen (version)</source>
      <translation>협약서 고정(버전)</translation>
    </message>
    <message>
      <source>Agreement unfrozen (reason)</source>
      <translation>협약서 고정 해제(사유)</translation>
    </message>
    <message>
      <source>Institution (Korean)</source>
      <translation>기관명(국문)</translation>
    </message>
    <message>
      <source>Institution (English)</source>
      <translation>기관명(영문)</translation>
    </message>
    <message>
      <source>Address (Korean)</source>
      <translation>주소(국문)</translation>
    </message>
    <message>
      <source>Address (English)</source>
      <translation>주소(영문)</translation>
    </message>
    <message>
      <source>Representative's position (Korean)</source>
      <translation>대표자 직위(국문)</translation>
    </message>
    <message>
      <source>Representative's position (English)</source>
      <translation>대표자 직위(영문)</translation>
    </message>
    <message>
      <source>Representative's name (Korean)</source>
      <translation>대표자 성명(국문)</translation>
    </message>
    <message>
      <source>Representative's name (English)</source>
      <translation>대표자 성명(영문)</translation>
    </message>
    <message>
      <source>Signing delegate's position (Korean)</source>
      <translation>서명 위임자 직위(국문)</translation>
    </message>
    <message>
      <source>Signing delegate's position (English)</source>
      <translation>서명 위임자 직위(영문)</translation>
    </message>
    <message>
      <source>Signing delegate's name (Korean)</source>
      <translation>서명 위임자 성명(국문)</translation>
    </message>
    <message>
      <source>Signing delegate's name (English)</source>
      <translation>서명 위임자 성명(영문)</translation>
    </message>
    <message>
      <source>Basis of the delegation (Korean)</source>
      <translation>위임 근거(국문)</translation>
    </message>
    <message>
      <source>Basis of the delegation (English)</source>
      <translation>위임 근거(영문)</translation>
    </message>
    <message>
      <source>Signature block</source>
      <translation>서명란</translation>
    </message>
  </context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Changes of the cycle</source>
        <translation>갱신 주기 변경 이력</translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <source>Tasks compared with last year</source>
        <translation>전년 대비 과제</translation>
    </message>
    <message>
        <source>Totals by track</source>
        <translation>트랙별 합계</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>First day of the period</source>
        <translation>기간 시작일</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>기간 종료일</translation>
    </message>
</context>
<context>
    <name>WordingEditor</name>
    <message>
        <source>Language of the preview</source>
        <translation>미리 보기 언어</translation>
    </message>
    <message>
        <source>Wording in %1</source>
        <translation>%1 서식</translation>
    </message>
</context>
<context>
    <name>RenewalTasksTab</name>
    <message>
        <source>Tasks of the cycle</source>
        <translation>갱신 주기의 과제</translation>
    </message>
</context>
</TS>
