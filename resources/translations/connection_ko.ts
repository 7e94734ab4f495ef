<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>&amp;Connect</source>
            <translation>연결(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>데이터베이스(&amp;D):</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>포트(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Prepare it and connect</source>
            <translation>준비하고 연결(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Remember the password (in the system keyring)</source>
            <translation>비밀번호 기억(시스템 키링에 저장)(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>서버(&amp;S):</translation>
        </message>
        <message>
            <source>T&amp;LS:</source>
            <translation>TLS(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>연결 확인(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>사용자(&amp;U):</translation>
        </message>
        <message>
            <source>Always (require)</source>
            <translation>항상 사용 (require)</translation>
        </message>
        <message>
            <source>Always, server certificate checked (verify-full)</source>
            <translation>항상 사용, 서버 인증서 확인 (verify-full)</translation>
        </message>
        <message>
            <source>Connect to server</source>
            <translation>서버에 연결</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>연결하는 중…</translation>
        </message>
        <message>
            <source>From the password file (.pgpass)</source>
            <translation>비밀번호 파일(.pgpass)에서 가져옴</translation>
        </message>
        <message>
            <source>Off (disable)</source>
            <translation>사용 안 함 (disable)</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>비밀번호(&amp;W):</translation>
        </message>
        <message>
            <source>Recent connections (double-click to connect):</source>
            <translation>최근 연결 (두 번 클릭하면 연결됩니다):</translation>
        </message>
        <message>
            <source>Stored in the keyring</source>
            <translation>키링에 저장되어 있음</translation>
        </message>
        <message>
            <source>This computer has no keyring, so the password is not stored: it is read from your password file (.pgpass) if it is there, or asked each time.</source>
            <translation>이 컴퓨터에는 키링이 없어 비밀번호를 저장하지 않습니다. 비밀번호 파일(.pgpass)이 있으면 거기서 읽고, 없으면 연결할 때마다 묻습니다.</translation>
        </message>
        <message>
            <source>When the server offers it (prefer)</source>
            <translation>서버가 지원하면 사용 (prefer)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionRoles</name>
        <message>
            <source>Read only</source>
            <translation>읽기 전용</translation>
        </message>
        <message>
            <source>Role: %1</source>
            <translation>역할: %1</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>관리자</translation>
        </message>
        <message>
            <source>facility coordinator</source>
            <translation>시설 담당자</translation>
        </message>
        <message>
            <source>partnership staff</source>
            <translation>협력 담당자</translation>
        </message>
        <message>
            <source>viewer (read only)</source>
            <translation>열람자 (읽기 전용)</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <source>Connection to the server lost — reconnecting…</source>
            <translation>서버 연결이 끊겼습니다 — 다시 연결하는 중…</translation>
        </message>
        <message>
            <source>Reconnected to the server.</source>
            <translation>서버에 다시 연결되었습니다.</translation>
        </message>
        <message>
            <source>Reconnected to the server. Redo makes the edit that was not saved: %1</source>
            <translation>서버에 다시 연결되었습니다. 저장되지 않은 작업은 다시 실행으로 할 수 있습니다: %1</translation>
        </message>
        <message>
            <source>Ask the server's administrator to run “planner db upgrade” on it.</source>
            <translation>서버 관리자에게 “planner db upgrade” 실행을 요청하세요.</translation>
        </message>
        <message>
            <source>No server answers at %1, port %2. Check the name, the port and the network.</source>
            <translation>%1 (포트 %2)에서 응답하는 서버가 없습니다. 서버 이름, 포트, 네트워크를 확인하세요.</translation>
        </message>
        <message>
            <source>The connection failed: %1</source>
            <translation>연결하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>The connection works.</source>
            <translation>연결할 수 있습니다.</translation>
        </message>
        <message>
            <source>The database %1 is not prepared for Lab Planner yet.</source>
            <translation>데이터베이스 %1은(는) 아직 Lab Planner용으로 준비되지 않았습니다.</translation>
        </message>
        <message>
            <source>The database %1 needs an upgrade for this version.</source>
            <translation>데이터베이스 %1을(를) 이 버전에 맞게 업그레이드해야 합니다.</translation>
        </message>
        <message>
            <source>The password is wrong for user %1.</source>
            <translation>사용자 %1의 비밀번호가 틀립니다.</translation>
        </message>
        <message>
            <source>The server asks for a password: type it in.</source>
            <translation>서버가 비밀번호를 요구합니다. 비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <source>The server has no database %1.</source>
            <translation>서버에 데이터베이스 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The server has no user %1.</source>
            <translation>서버에 사용자 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>You may prepare it now.</source>
            <translation>지금 준비할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <source>The connection to the server was lost; nothing was saved.</source>
            <translation>서버 연결이 끊겨 아무것도 저장되지 않았습니다.</translation>
        </message>
        <message>
            <source>%1: the connection to the server was lost, so nothing was saved. Edit ▸ Redo makes it again once the server is back.</source>
            <translation>%1: 서버 연결이 끊겨 아무것도 저장되지 않았습니다. 서버가 돌아오면 편집 ▸ 다시 실행으로 다시 할 수 있습니다.</translation>
        </message>
        <message>
            <source>%1: %2 changed this meanwhile (%3). Nothing of yours was saved; the view now shows their version.</source>
            <translation>%1: 그사이 %2 님이 이 항목을 변경했습니다(%3). 내 변경 내용은 저장되지 않았으며, 화면에 변경된 내용을 다시 불러왔습니다.</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>&amp;Connect to server…</source>
            <translation>서버에 연결(&amp;C)…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Updated by %1</source>
            <translation>%1 님이 변경한 내용을 반영했습니다</translation>
        </message>
    </context>
    <context>
        <name>RecentServersModel</name>
        <message>
            <source>Database</source>
            <translation>데이터베이스</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>서버</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>User</source>
            <translation>사용자</translation>
        </message>
    </context>
</TS>