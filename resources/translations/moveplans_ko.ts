<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>DeskChoiceModel</name>
    <message>
        <source>Desk</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Occupant on that day</source>
        <translation>그날 사용자</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Add a move</source>
        <translation>이동 추가</translation>
    </message>
    <message>
        <source>Move to desk:</source>
        <translation>옮겨 갈 좌석:</translation>
    </message>
    <message>
        <source>Person (their desk on %1):</source>
        <translation>인원 (%1 기준 좌석):</translation>
    </message>
    <message>
        <source>Release: the person leaves their desk on that day</source>
        <translation>좌석 비움: 그날부터 좌석을 반납합니다</translation>
    </message>
    <message>
        <source>Search desk, floor, zone or occupant</source>
        <translation>좌석, 층, 구역 또는 사용자 검색</translation>
    </message>
    <message>
        <source>Search name, e-mail, organisation or desk</source>
        <translation>이름, 이메일, 소속 또는 좌석 검색</translation>
    </message>
</context>
<context>
    <name>MovePlanCommands</name>
    <message>
        <source>Apply move plan %1</source>
        <translation>이동 계획 적용: %1</translation>
    </message>
    <message>
        <source>Delete move plan %1</source>
        <translation>이동 계획 삭제: %1</translation>
    </message>
    <message>
        <source>Discard move plan %1</source>
        <translation>이동 계획 폐기: %1</translation>
    </message>
    <message>
        <source>Edit move plan %1</source>
        <translation>이동 계획 수정: %1</translation>
    </message>
    <message>
        <source>New move plan %1</source>
        <translation>새 이동 계획: %1</translation>
    </message>
    <message>
        <source>Plan move %1</source>
        <translation>이동 계획에 추가: %1</translation>
    </message>
    <message>
        <source>Plan moves %1</source>
        <translation>이동 계획에 추가: %1</translation>
    </message>
    <message>
        <source>Remove planned move %1</source>
        <translation>계획된 이동 삭제: %1</translation>
    </message>
</context>
<context>
    <name>MovePlanProblems</name>
    <message>
        <source>Change past seating?</source>
        <translation>지난 좌석 배정을 바꿀까요?</translation>
    </message>
    <message>
        <source>“%1” is dated %2, %3 days before today. Applying it changes %3 days of past seating: the plan, the occupancy and the reports of those days will show these moves as made on %2. Apply it to the past?</source>
        <translation>“%1”의 날짜는 오늘보다 %3일 앞선 %2입니다. 적용하면 지난 %3일 동안의 좌석 배정이 바뀌어, 그 기간의 배치도·점유 현황·보고서에 이 이동이 %2에 이루어진 것으로 나타납니다. 과거 날짜로 적용할까요?</translation>
    </message>
    <message>
        <source>The plan is dated %1, %2 days before today: applying it changes %2 days of past seating.</source>
        <translation>계획 날짜가 오늘보다 %2일 앞선 %1입니다. 적용하면 지난 %2일 동안의 좌석 배정이 바뀝니다.</translation>
    </message>
    <message>
        <source>Desk %1 is also planned for %2.</source>
        <translation>좌석 %1에 %2 님도 배정될 예정입니다.</translation>
    </message>
    <message>
        <source>Desk %1 is out of service.</source>
        <translation>좌석 %1은(는) 사용 중지 상태입니다.</translation>
    </message>
    <message>
        <source>Desk %1 is taken on that day by %2, who is not moving away.</source>
        <translation>그날 좌석 %1은(는) %2 님이 사용 중이며, 이 분은 자리를 옮기지 않습니다.</translation>
    </message>
    <message>
        <source>Desk %1 lacks what the person needs: %2.</source>
        <translation>좌석 %1에는 필요한 설비가 없습니다: %2.</translation>
    </message>
    <message>
        <source>The person already has another desk booked: %2.</source>
        <translation>이미 다른 좌석이 예약되어 있습니다: %2.</translation>
    </message>
    <message>
        <source>The person's stay is over by the plan's date (stay %2).</source>
        <translation>계획 날짜에는 체류 기간이 이미 끝났습니다 (체류 %2).</translation>
    </message>
    <message>
        <source>The zone of desk %1 would be over its seat limit: %2.</source>
        <translation>좌석 %1이(가) 있는 구역의 정원을 넘게 됩니다: %2.</translation>
    </message>
</context>
<context>
    <name>MovePlansTab</name>
    <message>
        <source>%1 problems: fix them before applying.</source>
        <translation>문제 %1건: 적용하기 전에 해결하세요.</translation>
    </message>
    <message>
        <source>Add move…</source>
        <translation>이동 추가…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Apply the %1 moves of %2 from %3? You can undo this with Edit ▸ Undo.</source>
        <translation>%2의 이동 %1건을 %3부터 적용할까요? 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Apply the move plan?</source>
        <translation>이동 계획을 적용할까요?</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>적용…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>폐기</translation>
    </message>
    <message>
        <source>Drafts and discarded plans only</source>
        <translation>작성 중이거나 폐기된 계획만 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Move plan not changed</source>
        <translation>이동 계획이 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Moves of %1 (%2, %3)</source>
        <translation>%1의 이동 (%2, %3)</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>새 계획…</translation>
    </message>
    <message>
        <source>No moves yet: add moves, or drop people on the floor plan.</source>
        <translation>아직 이동이 없습니다. 이동을 추가하거나 도면에서 인원을 좌석에 끌어 놓으세요.</translation>
    </message>
    <message>
        <source>No problems: the plan can be applied.</source>
        <translation>문제가 없습니다. 계획을 적용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not validated yet.</source>
        <translation>아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing to apply</source>
        <translation>적용할 이동이 없습니다</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these moves first:
%1</source>
        <translation>아무것도 바뀌지 않았습니다. 먼저 다음 이동을 바로잡으세요:
%1</translation>
    </message>
    <message>
        <source>Remove move</source>
        <translation>이동 삭제</translation>
    </message>
    <message>
        <source>Search plans</source>
        <translation>계획 검색</translation>
    </message>
    <message>
        <source>Show on floor plan</source>
        <translation>도면에서 보기</translation>
    </message>
    <message>
        <source>The plan cannot be applied</source>
        <translation>계획을 적용할 수 없습니다</translation>
    </message>
    <message>
        <source>The plan has no moves yet.</source>
        <translation>이 계획에는 아직 이동이 없습니다.</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>release</source>
        <translation>비움</translation>
    </message>
</context>
<context>
    <name>MoveTableModel</name>
    <message>
        <source>From desk</source>
        <translation>현재 좌석</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>To desk</source>
        <translation>옮겨 갈 좌석</translation>
    </message>
    <message>
        <source>no desk</source>
        <translation>좌석 없음</translation>
    </message>
    <message>
        <source>release</source>
        <translation>비움</translation>
    </message>
</context>
<context>
    <name>OccupancyGroupModel</name>
    <message>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Move-outs, next 30 days</source>
        <translation>퇴거 예정 (30일 이내)</translation>
    </message>
    <message>
        <source>Move-outs, next 90 days</source>
        <translation>퇴거 예정 (90일 이내)</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Research task</source>
        <translation>연구과제</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>좌석 있음</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>사용률</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>빈 좌석</translation>
    </message>
    <message>
        <source>Without desk</source>
        <translation>좌석 없음</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
</context>
<context>
    <name>OccupancyTab</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 기준 %1별 현황</translation>
    </message>
    <message>
        <source>%1 people, %2 seated, %3 without a desk</source>
        <translation>인원 %1명, 좌석 있음 %2명, 좌석 없음 %3명</translation>
    </message>
    <message>
        <source>%1 seats, %2 occupied, %3 vacant</source>
        <translation>좌석 %1석, 사용 %2석, 빈 좌석 %3석</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>묶는 기준(&amp;G):</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Research task</source>
        <translation>연구과제</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>항목 검색</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>구역</translation>
    </message>
</context>
<context>
    <name>PersonChoiceModel</name>
    <message>
        <source>Desk on that day</source>
        <translation>그날 좌석</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Effective date:</source>
        <translation>시행일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Edit move plan</source>
        <translation>이동 계획 수정</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <source>New move plan</source>
        <translation>새 이동 계획</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Created by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>이동 수</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>SeatingActions</name>
    <message>
        <source>release</source>
        <translation>비움</translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <source>Move plans</source>
        <translation>이동 계획</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>점유 현황</translation>
    </message>
</context>
<context>
    <name>StagingBanner</name>
    <message>
        <source>Staging into plan %1 — changes take effect on %2. Dropping a person on a desk adds a move to the plan; choose “None” to change the seating now.</source>
        <translation>이동 계획 ‘%1’에 담는 중 — 변경은 %2부터 적용됩니다. 인원을 좌석에 끌어 놓으면 계획에 이동이 추가됩니다. 지금 바로 좌석을 바꾸려면 ‘없음’을 고르세요.</translation>
    </message>
</context>
</TS>
