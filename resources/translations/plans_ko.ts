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
</TS>
