<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AutoPlaceDialog</name>
    <message>
        <source>A draft move plan, shown on the floor plan; nothing moves until it is applied</source>
        <translation>작성 중인 이동 계획으로 저장하고 도면에 표시합니다. 적용하기 전에는 아무도 이동하지 않습니다</translation>
    </message>
    <message>
        <source>Applied as the move plan “%1”.</source>
        <translation>이동 계획 “%1”(으)로 적용했습니다.</translation>
    </message>
    <message>
        <source>Apply now</source>
        <translation>지금 적용</translation>
    </message>
    <message>
        <source>Auto-place</source>
        <translation>자동 배치</translation>
    </message>
    <message>
        <source>Auto-placement %1</source>
        <translation>자동 배치 %1</translation>
    </message>
    <message>
        <source>Best so far: %1 of %2 possible adjacent pairs (%3 %).</source>
        <translation>지금까지 최선: 가능한 인접 쌍 %2개 중 %1개 (%3 %).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Choose a research task.</source>
        <translation>연구과제를 선택하세요.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Finished in %1 s. </source>
        <translation>%1초 만에 끝났습니다. </translation>
    </message>
    <message>
        <source>It changes no seat, so there is nothing to save.</source>
        <translation>바뀌는 좌석이 없어 저장할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing is saved yet: save it as a move plan to review it on the floor plan, or apply it now.</source>
        <translation>아직 저장되지 않았습니다. 이동 계획으로 저장해 도면에서 검토하거나 지금 적용하세요.</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>아무것도 저장하지 않았습니다:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Save as move plan</source>
        <translation>이동 계획으로 저장</translation>
    </message>
    <message>
        <source>Saved as the draft move plan “%1”.</source>
        <translation>작성 중인 이동 계획 “%1”(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Select people in the people list first.</source>
        <translation>먼저 인원 목록에서 사람을 선택하세요.</translation>
    </message>
    <message>
        <source>Stop now and keep the best plan found so far (nothing is saved)</source>
        <translation>지금 멈추고 지금까지 찾은 가장 좋은 계획을 남깁니다 (저장되지는 않습니다)</translation>
    </message>
    <message>
        <source>Stopped before a plan was made. Nothing was changed.</source>
        <translation>계획을 만들기 전에 멈췄습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Stopped early: this is the best plan found so far. </source>
        <translation>중간에 멈췄습니다. 지금까지 찾은 가장 좋은 계획입니다. </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <source>Tick at least one floor or zone.</source>
        <translation>층이나 구역을 하나 이상 선택하세요.</translation>
    </message>
</context>
<context>
    <name>AutoPlaceTool</name>
    <message>
        <source>Auto-place…</source>
        <translation>자동 배치…</translation>
    </message>
    <message>
        <source>Seat people automatically so that research teams sit together</source>
        <translation>연구팀이 함께 앉도록 좌석을 자동으로 배치합니다</translation>
    </message>
</context>
<context>
    <name>PlacementCommands</name>
    <message>
        <source>Apply auto-placement %1</source>
        <translation>자동 배치 적용: %1</translation>
    </message>
    <message>
        <source>Save auto-placement %1</source>
        <translation>자동 배치 저장: %1</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <source> people</source>
        <translation>명</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>All</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>Allow moving seated people, at most:</source>
        <translation>이미 앉은 사람도 옮길 수 있음, 최대:</translation>
    </message>
    <message>
        <source>Desks count as next to each other within:</source>
        <translation>이웃한 좌석으로 보는 거리:</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>적용일:</translation>
    </message>
    <message>
        <source>Everyone without a desk on the effective date</source>
        <translation>적용일에 좌석이 없는 모든 인원</translation>
    </message>
    <message>
        <source>Honour accessibility and other desk needs</source>
        <translation>휠체어 접근 등 필요한 좌석 조건 지키기</translation>
    </message>
    <message>
        <source>Keep everyone seated where they are</source>
        <translation>이미 앉은 사람은 모두 그 자리에 두기</translation>
    </message>
    <message>
        <source>Keep research teams together</source>
        <translation>연구팀끼리 모여 앉기</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Off: professors may take open desks, and anyone office desks</source>
        <translation>끄면 교수도 일반 좌석에, 누구나 교수실 좌석에 앉을 수 있습니다</translation>
    </message>
    <message>
        <source>Off: start-up members may take open desks, and anyone start-up desks</source>
        <translation>끄면 창업 구성원도 일반 좌석에, 누구나 창업 구역 좌석에 앉을 수 있습니다</translation>
    </message>
    <message>
        <source>Only desks on the ticked floors and zones are used</source>
        <translation>선택한 층과 구역의 좌석만 씁니다</translation>
    </message>
    <message>
        <source>Professors in offices</source>
        <translation>교수는 교수실에</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Someone seated moves only when it brings a team clearly closer together</source>
        <translation>팀이 확실히 더 가까이 모일 때만 이미 앉은 사람을 옮깁니다</translation>
    </message>
    <message>
        <source>Start-up members only in start-up zones</source>
        <translation>창업 구성원은 창업 구역에만</translation>
    </message>
    <message>
        <source>The members of a research task:</source>
        <translation>연구과제 참여 인원:</translation>
    </message>
    <message>
        <source>The people selected in the people list (%1)</source>
        <translation>인원 목록에서 선택한 사람 (%1명)</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>제한 시간:</translation>
    </message>
    <message>
        <source>Type a code or a title</source>
        <translation>과제 코드나 과제명을 입력하세요</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>배치할 곳</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>배치할 사람</translation>
    </message>
</context>
<context>
    <name>PlacementResults</name>
    <message>
        <source>%1 people got no desk; the last tab says why.</source>
        <translation>%1명은 좌석을 받지 못했습니다. 이유는 마지막 탭에 있습니다.</translation>
    </message>
    <message>
        <source>Filter by name, desk, task or reason</source>
        <translation>이름, 좌석, 과제 또는 이유로 거르기</translation>
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation>미배치 (%1)</translation>
    </message>
    <message>
        <source>Placed %1 of %2 people without a desk.</source>
        <translation>좌석이 없던 %2명 중 %1명을 배치했습니다.</translation>
    </message>
    <message>
        <source>Seated people moved: %1.</source>
        <translation>옮겨지는 기존 인원: %1명.</translation>
    </message>
    <message>
        <source>Seats (%1)</source>
        <translation>좌석 (%1)</translation>
    </message>
    <message>
        <source>Teams (%1)</source>
        <translation>팀 (%1)</translation>
    </message>
    <message>
        <source>Teams: %1 of %2 possible adjacent pairs (%3 %).</source>
        <translation>팀: 가능한 인접 쌍 %2개 중 %1개 (%3 %).</translation>
    </message>
</context>
<context>
    <name>PlacementTexts</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1(필요: %2)</translation>
    </message>
    <message>
        <source>Already has a desk from %1</source>
        <translation>%1부터 쓸 좌석이 이미 있습니다</translation>
    </message>
    <message>
        <source>Bringing newcomers near their teams…</source>
        <translation>새로 온 사람을 팀 가까이로 옮기는 중…</translation>
    </message>
    <message>
        <source>Checking which desks suit whom…</source>
        <translation>누구에게 어떤 좌석이 맞는지 확인하는 중…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Improving the seating…</source>
        <translation>배치를 다듬는 중…</translation>
    </message>
    <message>
        <source>No free %1 in the chosen floors and zones</source>
        <translation>선택한 층과 구역에 빈 %1이 없습니다</translation>
    </message>
    <message>
        <source>Not enough desks: %1 people need the %2 free (%3)</source>
        <translation>좌석이 모자랍니다: 빈 %3 %2개를 %1명이 필요로 합니다</translation>
    </message>
    <message>
        <source>Reading desks and people…</source>
        <translation>좌석과 인원을 읽는 중…</translation>
    </message>
    <message>
        <source>Seating teams zone by zone…</source>
        <translation>구역별로 팀을 앉히는 중…</translation>
    </message>
    <message>
        <source>Their stay ended on %1</source>
        <translation>%1에 체류가 끝났습니다</translation>
    </message>
    <message>
        <source>a monitor</source>
        <translation>모니터</translation>
    </message>
    <message>
        <source>a standing desk</source>
        <translation>스탠딩 책상</translation>
    </message>
    <message>
        <source>a window</source>
        <translation>창가</translation>
    </message>
    <message>
        <source>desk in a start-up zone</source>
        <translation>창업 구역 좌석</translation>
    </message>
    <message>
        <source>desk in an open office or lab</source>
        <translation>개방형 사무실·실험실 좌석</translation>
    </message>
    <message>
        <source>office desk</source>
        <translation>교수실 좌석</translation>
    </message>
    <message>
        <source>wheelchair access</source>
        <translation>휠체어 접근</translation>
    </message>
</context>
<context>
    <name>ProposedSeatModel</name>
    <message>
        <source>Seated from</source>
        <translation>배정 시작일</translation>
    </message>
    <message>
        <source>From desk</source>
        <translation>이전 좌석</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>To desk</source>
        <translation>새 좌석</translation>
    </message>
</context>
<context>
    <name>TeamScoreModel</name>
    <message>
        <source>Adjacent pairs</source>
        <translation>인접 쌍</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>가능한 최대</translation>
    </message>
    <message>
        <source>Research task</source>
        <translation>연구과제</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>착석</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Without a desk</source>
        <translation>좌석 없음</translation>
    </message>
</context>
<context>
    <name>UnplacedModel</name>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Why not placed</source>
        <translation>배치하지 못한 이유</translation>
    </message>
</context>
</TS>
