<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Refusals</name>
    <message>
        <source>Your role may not do this: %1. Nothing was changed.</source>
        <translation>현재 역할로는 할 수 없는 작업입니다: %1. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Your role, viewer, may not do this: %1. A viewer may look up, print and export, but change nothing. Nothing was changed.</source>
        <translation>열람자(viewer) 역할로는 할 수 없습니다: %1. 열람자는 조회·인쇄·내보내기만 할 수 있고 아무것도 바꿀 수 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Your role, facility coordinator, may not do this: %1. A coordinator may change seating (desks, people, assignments, move plans), but not research tasks, renewals or agreements. Nothing was changed.</source>
        <translation>시설 담당자(coordinator) 역할로는 할 수 없습니다: %1. 시설 담당자는 좌석 배치(좌석, 인원, 배정, 이동 계획)를 바꿀 수 있지만 연구과제·갱신·협약서는 바꿀 수 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Your role, partnership staff, may not do this: %1. Partnership staff may change research tasks, renewals and agreements, but not seating. Nothing was changed.</source>
        <translation>협력 담당자(partnership) 역할로는 할 수 없습니다: %1. 협력 담당자는 연구과제·갱신·협약서를 바꿀 수 있지만 좌석 배치는 바꿀 수 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Your role, admin, may not do this: %1. An admin may change all the data, but not create users or give roles on the server. Nothing was changed.</source>
        <translation>관리자(admin) 역할로는 할 수 없습니다: %1. 관리자는 모든 데이터를 바꿀 수 있지만 서버의 사용자를 만들거나 역할을 줄 수는 없습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Your database user may not do this: %1. It has no Lab Planner role on this server; ask an administrator for one (planner db grant USER ROLE). Nothing was changed.</source>
        <translation>할 수 없습니다: %1. 이 데이터베이스 사용자에게는 이 서버의 Lab Planner 역할이 없습니다. 관리자에게 역할을 요청하세요(planner db grant 사용자 역할). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1 (%2). Nothing was changed; check that the server is running and reachable, then try again.</source>
        <translation>데이터베이스 서버 %1에 연결할 수 없습니다(%2). 아무것도 변경되지 않았습니다. 서버가 실행 중이고 연결할 수 있는지 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost (%2). An unfinished change was not saved; try again when the server is back.</source>
        <translation>데이터베이스 서버 %1 연결이 끊어졌습니다(%2). 끝나지 않은 변경은 저장되지 않았습니다. 서버가 돌아오면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database refused the change: it would break a rule (%1). Nothing was changed.</source>
        <translation>데이터베이스가 변경을 거부했습니다. 규칙에 어긋납니다(%1). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the program (%1). Nothing unfinished was saved. The details are in %2: please send that file to whoever looks after Lab Planner.</source>
        <translation>예기치 않은 오류로 프로그램이 멈췄습니다(%1). 끝나지 않은 작업은 저장되지 않았습니다. 자세한 내용은 %2 파일에 있습니다. 이 파일을 Lab Planner 담당자에게 보내 주세요.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the program (%1). Nothing unfinished was saved. No crash report could be written (%2).</source>
        <translation>예기치 않은 오류로 프로그램이 멈췄습니다(%1). 끝나지 않은 작업은 저장되지 않았습니다. 오류 보고서를 쓸 수 없었습니다(%2).</translation>
    </message>
    <message>
        <source>The database server %1 refused the login (%2). Check the user name, the password and the database name.</source>
        <translation>데이터베이스 서버 %1에서 로그인을 거부했습니다(%2). 사용자 이름, 비밀번호, 데이터베이스 이름을 확인하세요.</translation>
    </message>
</context>
</TS>
