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
        <source>Zone</source>
        <translation>구역</translation>
    </message>
    <message>
        <source>Occupant</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>공석</translation>
    </message>
</context>
<context>
    <name>DeskChooser</name>
    <message>
        <source>%1 desks</source>
        <translation>좌석 %1개</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>찾기(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>구역(&amp;Z):</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>모든 층</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>모든 구역</translation>
    </message>
    <message>
        <source>Desk code, zone or name</source>
        <translation>좌석 코드, 구역 또는 이름</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>F&amp;loor:</source>
        <translation>층(&amp;L):</translation>
    </message>
    <message>
        <source>Free on %1 &amp;only</source>
        <translation>%1에 빈 좌석만(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Assign, move, swap or release the selected person's desk (Menu key)</source>
        <translation>선택한 인원의 좌석을 배정·이동·맞교환·반납합니다(메뉴 키)</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Seating not changed</source>
        <translation>좌석을 바꾸지 않았습니다</translation>
    </message>
</context>
<context>
    <name>PersonChooser</name>
    <message>
        <source>%1 people</source>
        <translation>%1명</translation>
    </message>
    <message>
        <source>&amp;Unseated on the chosen day only</source>
        <translation>선택한 날짜에 좌석 없는 인원만(&amp;U)</translation>
    </message>
    <message>
        <source>Filter by name or e-mail</source>
        <translation>이름 또는 이메일로 거르기</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
</context>
<context>
    <name>PersonSeating</name>
    <message>
        <source>&amp;Assign desk…</source>
        <translation>좌석 배정(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Move to desk…</source>
        <translation>다른 좌석으로 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Release desk from %1</source>
        <translation>%1부터 좌석 반납(&amp;R)</translation>
    </message>
    <message>
        <source>Assign desk to %1</source>
        <translation>%1 님에게 좌석 배정</translation>
    </message>
    <message>
        <source>Choose a free desk for %1 from %2.</source>
        <translation>%2부터 %1 님이 앉을 빈 좌석을 고르십시오.</translation>
    </message>
    <message>
        <source>Choose the desk %1 moves to from %2.</source>
        <translation>%2부터 %1 님이 옮겨 갈 좌석을 고르십시오.</translation>
    </message>
    <message>
        <source>Choose the desk whose occupant swaps desks with %1 from %2.</source>
        <translation>%2부터 %1 님과 좌석을 맞바꿀 사람의 좌석을 고르십시오.</translation>
    </message>
    <message>
        <source>Move %1 to a desk</source>
        <translation>%1 님 좌석 이동</translation>
    </message>
    <message>
        <source>S&amp;wap with…</source>
        <translation>좌석 맞교환(&amp;W)…</translation>
    </message>
    <message>
        <source>Swap %1 with…</source>
        <translation>%1 님과 좌석 맞교환…</translation>
    </message>
</context>
<context>
    <name>SeatingActions</name>
    <message>
        <source>&amp;Move to desk…</source>
        <translation>다른 좌석으로 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Seat someone here…</source>
        <translation>이 좌석에 인원 배정(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose who sits at %1 from %2.</source>
        <translation>%2부터 %1에 앉을 인원을 고르십시오.</translation>
    </message>
    <message>
        <source>S&amp;wap with…</source>
        <translation>좌석 맞교환(&amp;W)…</translation>
    </message>
    <message>
        <source>Seat someone at %1</source>
        <translation>%1에 인원 배정</translation>
    </message>
</context>
<context>
    <name>FloorAccessible</name>
    <message>
        <source>out of service</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>hot desk, in use</source>
        <translation>공용좌석, 사용 중</translation>
    </message>
    <message>
        <source>hot desk, free</source>
        <translation>공용좌석, 비어 있음</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>공석</translation>
    </message>
    <message>
        <source>no move-out date</source>
        <translation>퇴거일 없음</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>화면 모양(&amp;N)</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
</context>
</TS>
