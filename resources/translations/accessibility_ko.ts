<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Accessibility</name>
    <message>
        <source>%1: column headers</source>
        <translation>%1: 열 머리글</translation>
    </message>
    <message>
        <source>%1: row headers</source>
        <translation>%1: 행 머리글</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Recent servers</source>
        <translation>최근 서버</translation>
    </message>
</context>
<context>
    <name>EditBar</name>
    <message>
        <source>Grid step</source>
        <translation>격자 간격</translation>
    </message>
</context>
<context>
    <name>FloorPage</name>
    <message>
        <source>Find person or desk</source>
        <translation>인원 또는 좌석 찾기</translation>
    </message>
    <message>
        <source>Ctrl+F comes here; Enter shows the next match on the plan</source>
        <translation>Ctrl+F로 이곳에 옵니다. Enter를 누르면 평면도에서 다음 결과를 보여 줍니다</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>평면도</translation>
    </message>
    <message>
        <source>The desks of the floor and who sits there</source>
        <translation>층의 좌석과 좌석별 사용자</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Desks</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
</context>
<context>
    <name>MovePlansTab</name>
    <message>
        <source>Filter by state</source>
        <translation>상태로 거르기</translation>
    </message>
    <message>
        <source>Move plans</source>
        <translation>이동 계획</translation>
    </message>
    <message>
        <source>Moves of the plan</source>
        <translation>계획의 이동</translation>
    </message>
</context>
<context>
    <name>OccupancyTab</name>
    <message>
        <source>Occupancy by group</source>
        <translation>그룹별 점유 현황</translation>
    </message>
    <message>
        <source>Occupancy chart</source>
        <translation>점유 현황 차트</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Column “%1” is read as</source>
        <translation>“%1” 열을 읽을 항목</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Filter by organisation</source>
        <translation>소속으로 거르기</translation>
    </message>
    <message>
        <source>Filter by research task</source>
        <translation>연구과제로 거르기</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <source>Research task</source>
        <translation>연구과제</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Filter by start year</source>
        <translation>시작 연도로 거르기</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>상태로 거르기</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>트랙으로 거르기</translation>
    </message>
</context>
</TS>
