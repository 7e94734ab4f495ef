<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <!-- Moves are not move-outs (issue #14): floor changes, listed apart from move-outs. -->
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Floor changes in the next %1 days</source>
            <translation>앞으로 %1일 내 층 이동 (퇴거 아님)</translation>
        </message>
    </context>
    <context>
        <name>OccupancyTableModel</name>
        <message>
            <source>Floor changes ≤ 30 days</source>
            <translation>30일 내 층 이동</translation>
        </message>
    </context>
    <context>
        <name>OccupancyGroupModel</name>
        <message>
            <source>Floor changes, next 30 days</source>
            <translation>층 이동 (30일 이내)</translation>
        </message>
    </context>
    <context>
        <name>FloorChangeTableModel</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>소속</translation>
        </message>
        <message>
            <source>From</source>
            <translation>지금 좌석</translation>
        </message>
        <message>
            <source>To</source>
            <translation>옮길 좌석</translation>
        </message>
        <message>
            <source>From day</source>
            <translation>옮기는 날</translation>
        </message>
    </context>
    <!-- Cycles (issue #14): the start-up reminder can be dismissed. -->
    <context>
        <name>MainWindow</name>
        <message>
            <source>Do not remind me again of these deadlines</source>
            <translation>이 마감일은 다시 알리지 않기</translation>
        </message>
    </context>
</TS>
