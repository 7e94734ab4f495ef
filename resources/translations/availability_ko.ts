<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <!-- Issue #21: desks and zones out of use, leave, occupancy over time (helper h21b). -->
    <context>
        <name>ErrorMessages</name>
        <message>
            <source>%1 cannot be put out of use on those days: %2 hold a desk there then. End their seating the day before or plan their move first. Nothing was changed.</source>
            <translation>그 기간에는 %1 사용 중지를 할 수 없습니다: 그때 %2 좌석을 쓰고 있습니다. 먼저 이들의 배정을 전날로 끝내거나 이동 계획을 세우세요. 아무것도 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>Desk %1 is out of use on those days (%2: %3).</source>
            <translation>좌석 %1: 그 기간에 사용 중지입니다 (%2: %3).</translation>
        </message>
        <message>
            <source>Desk %1 is out of use on those days.</source>
            <translation>좌석 %1: 그 기간에 사용 중지입니다.</translation>
        </message>
    </context>
    <context>
        <name>FloorPlanColours</name>
        <message>
            <source>Idle (holder on leave)</source>
            <translation>비어 있음 (휴직·연구년, 주인 있음)</translation>
        </message>
        <message>
            <source>Out of use</source>
            <translation>사용 중지</translation>
        </message>
    </context>
    <context>
        <name>FloorView</name>
        <message>
            <source>Out of use: %1</source>
            <translation>사용 중지: %1</translation>
        </message>
        <message>
            <source>on leave</source>
            <translation>휴직 중</translation>
        </message>
    </context>
    <context>
        <name>Leave</name>
        <message>
            <source>&amp;Add…</source>
            <translation>추가(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>시작일(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>종류(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>메모(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>삭제(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;To (last day):</source>
            <translation>종료일(&amp;T, 마지막 날):</translation>
        </message>
        <message>
            <source>Add leave</source>
            <translation>휴직 추가</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>휴직</translation>
        </message>
        <message>
            <source>Leave and sabbaticals of %1</source>
            <translation>%1 휴직·연구년</translation>
        </message>
        <message>
            <source>Leave and sabbaticals…</source>
            <translation>휴직·연구년…</translation>
        </message>
        <message>
            <source>Leave of %1</source>
            <translation>%1 휴직</translation>
        </message>
        <message>
            <source>Leave:</source>
            <translation>휴직:</translation>
        </message>
        <message>
            <source>Remove leave of %1</source>
            <translation>%1 휴직 삭제</translation>
        </message>
        <message>
            <source>Sabbatical</source>
            <translation>연구년</translation>
        </message>
            <message>
            <source>Leave periods</source>
            <translation>휴가·휴직 기간</translation>
        </message>
</context>
    <context>
        <name>LeaveModel</name>
        <message>
            <source>Note</source>
            <translation>메모</translation>
        </message>
        <message>
            <source>From</source>
            <translation>시작일</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>To</source>
            <translation>종료일</translation>
        </message>
    </context>
    <context>
        <name>MovePlanProblems</name>
        <message>
            <source>Desk %1 is out of use on those days (%2).</source>
            <translation>좌석 %1: 그 기간에 사용 중지입니다 (%2).</translation>
        </message>
    </context>
    <context>
        <name>OccupancyGroupModel</name>
        <message>
            <source>Idle (on leave)</source>
            <translation>휴직 중 (비어 있지 않음)</translation>
        </message>
        <message>
            <source>Out of use</source>
            <translation>사용 중지</translation>
        </message>
    </context>
    <context>
        <name>OccupancyOverTime</name>
        <message>
            <source>Fro&amp;m month:</source>
            <translation>시작 월(&amp;M):</translation>
        </message>
        <message>
            <source>All floors</source>
            <translation>모든 층</translation>
        </message>
        <message>
            <source>Desks per month, %1 – %2 (average per day)</source>
            <translation>월별 좌석, %1 – %2 (하루 평균)</translation>
        </message>
        <message>
            <source>F&amp;loor:</source>
            <translation>층(&amp;L):</translation>
        </message>
        <message>
            <source>Idle (on leave)</source>
            <translation>휴직 중 (비어 있지 않음)</translation>
        </message>
        <message>
            <source>Occupancy over time chart</source>
            <translation>월별 점유 현황 차트</translation>
        </message>
        <message>
            <source>Occupied</source>
            <translation>사용</translation>
        </message>
        <message>
            <source>Out of use</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>T&amp;o month:</source>
            <translation>끝 월(&amp;O):</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>빈 좌석</translation>
        </message>
    </context>
    <context>
        <name>OccupancyTab</name>
        <message>
            <source>%1 idle (on leave)</source>
            <translation>휴직 중 %1석</translation>
        </message>
        <message>
            <source>%1 out of use</source>
            <translation>사용 중지 %1석</translation>
        </message>
    </context>
    <context>
        <name>OutOfUse</name>
        <message>
            <source>%1 hold a desk there on those days.</source>
            <translation>그 기간에 다음 사람이 이곳 좌석을 쓰고 있습니다: %1.</translation>
        </message>
        <message>
            <source>%1 out of use</source>
            <translation>%1 사용 중지</translation>
        </message>
        <message>
            <source>&amp;Back in use: %1 (%2)</source>
            <translation>다시 사용(&amp;B): %1 (%2)</translation>
        </message>
        <message>
            <source>&amp;End their seating on %1</source>
            <translation>배정을 %1에 끝내기(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>시작일(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>사유(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;To (last day):</source>
            <translation>종료일(&amp;T, 마지막 날):</translation>
        </message>
        <message>
            <source>A desk out of use cannot be held. What should happen to them?</source>
            <translation>사용 중지된 좌석은 배정할 수 없습니다. 이들을 어떻게 할까요?</translation>
        </message>
        <message>
            <source>Back in use: %1</source>
            <translation>다시 사용: %1</translation>
        </message>
        <message>
            <source>Make a draft &amp;move plan</source>
            <translation>이동 계획 초안 만들기(&amp;M)</translation>
        </message>
        <message>
            <source>New move plan %1</source>
            <translation>새 이동 계획 %1</translation>
        </message>
        <message>
            <source>Out of use: %1</source>
            <translation>사용 중지: %1</translation>
        </message>
        <message>
            <source>Put %1 out of use</source>
            <translation>%1 사용 중지</translation>
        </message>
        <message>
            <source>Put desk &amp;out of use…</source>
            <translation>좌석 사용 중지(&amp;O)…</translation>
        </message>
        <message>
            <source>Put zone %1 out of use…</source>
            <translation>구역 %1 사용 중지…</translation>
        </message>
        <message>
            <source>Repairs, a visiting team, reserved for a project…</source>
            <translation>수리, 방문 연구팀, 프로젝트 전용 등…</translation>
        </message>
        <message>
            <source>Until further notice</source>
            <translation>별도 안내가 있을 때까지</translation>
        </message>
    </context>
</TS>
