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
</TS>
