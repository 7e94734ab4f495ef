<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>지금 백업(&amp;B)…</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>백업에서 복원(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>Lab Planner backups (*.sqlite3)</source>
        <translation>Lab Planner 백업 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Choose another file than the database itself.</source>
        <translation>데이터베이스 파일 자체가 아닌 다른 파일을 골라 주십시오.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>백업을 쓰는 중…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>백업을 %1에 썼습니다</translation>
    </message>
    <message>
        <source>No backup was written</source>
        <translation>백업을 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>A server database is restored with 'planner db restore FILE' into an empty database.</source>
        <translation>서버 데이터베이스는 빈 데이터베이스에 'planner db restore 파일' 명령으로 복원합니다.</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>아무것도 복원하지 않았습니다</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2? The current file is kept beside it.</source>
        <translation>%1의 데이터를 백업 %2(으)로 바꾸시겠습니까? 지금 파일은 같은 폴더에 그대로 남겨 둡니다.</translation>
    </message>
    <message>
        <source>Restored %1; the replaced file is kept as %2</source>
        <translation>%1에서 복원했습니다. 바뀌기 전 파일은 %2(으)로 남겨 두었습니다</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>The database is replaced by the backup you choose; the current file is kept beside it, so nothing is lost. Automatic backups of this file (one is made each time it is opened):</source>
        <translation>고른 백업으로 데이터베이스를 바꿉니다. 지금 파일은 같은 폴더에 남겨 두므로 잃는 것은 없습니다. 이 파일의 자동 백업(열 때마다 하나씩 만듭니다):</translation>
    </message>
    <message>
        <source>Another backup &amp;file…</source>
        <translation>다른 백업 파일(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Lab Planner backups (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Lab Planner 백업 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</translation>
    </message>
</context>
</TS>
