<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>FloorPlanColours</name>
        <message>
            <source>%1 (ended)</source>
            <translation>%1 (종료)</translation>
        </message>
        <message>
            <source>%1: %2 people at %3 desks</source>
            <translation>%1: %2명, 좌석 %3석</translation>
        </message>
        <message>
            <source>%1: %2 desks</source>
            <translation>%1: %2석</translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message>
            <source>%1 and %2 more</source>
            <translation>%1 외 %2명</translation>
        </message>
    </context>
    <context>
        <name>FloorPage</name>
        <message>
            <source>&amp;Labels:</source>
            <translation>표시(&amp;L):</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Desk codes</source>
            <translation>좌석 번호</translation>
        </message>
        <message>
            <source>Research tasks</source>
            <translation>연구과제</translation>
        </message>
        <message>
            <source>What the desks of the plan show: who sits there, the desk, or the team</source>
            <translation>평면도의 좌석에 표시할 내용: 사용자, 좌석 번호 또는 연구과제</translation>
        </message>
    </context>
    <context>
        <name>ChartOptions</name>
        <message>
            <source>&amp;Day:</source>
            <translation>날짜(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Floor:</source>
            <translation>층(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>용지(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Tiling:</source>
            <translation>나눠 찍기(&amp;T):</translation>
        </message>
        <message>
            <source>A1 poster</source>
            <translation>A1 포스터</translation>
        </message>
        <message>
            <source>A3</source>
            <translation>A3</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Across pages when names would be too small</source>
            <translation>이름이 너무 작아지면 여러 쪽으로 나눠 찍기</translation>
        </message>
        <message>
            <source>Always one page (short names)</source>
            <translation>늘 한 쪽에 (짧은 이름)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>영어</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>한국어</translation>
        </message>
        <message>
            <source>Names are never printed smaller than 7 points: a floor too large for one page is printed in parts with overlap marks, or on one page with short names</source>
            <translation>이름은 7포인트보다 작게 찍지 않습니다. 한 쪽에 담기에 너무 큰 층은 겹침 표시와 함께 여러 쪽으로 나눠 찍거나, 짧은 이름으로 한 쪽에 찍습니다.</translation>
        </message>
        <message>
            <source>Print seating chart</source>
            <translation>좌석 배치도 인쇄</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>인쇄…</translation>
        </message>
    </context>
    <context>
        <name>ChartPrinting</name>
        <message>
            <source>Export the plan's view</source>
            <translation>평면도 화면 내보내기</translation>
        </message>
        <message>
            <source>PNG picture (*.png);;PDF document (*.pdf)</source>
            <translation>PNG 그림 (*.png);;PDF 문서 (*.pdf)</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>인쇄</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>Export the plan's &amp;view…</source>
            <translation>평면도 화면 내보내기(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Print seating chart…</source>
            <translation>좌석 배치도 인쇄(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Day</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>용지</translation>
        </message>
        <message>
            <source>The day the seating chart, roster, name plates and occupancy report show</source>
            <translation>좌석 배치도, 입주자 명단, 명패, 입주 현황 보고서가 보여 줄 날짜</translation>
        </message>
    </context>
</TS>
