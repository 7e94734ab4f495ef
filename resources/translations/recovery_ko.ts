<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Recovery</name>
    <message>
        <source>The file %1 is damaged or is not a Lab Planner database. It has not been changed.</source>
        <translation>%1 파일이 손상되었거나 Lab Planner 데이터베이스가 아닙니다. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes): whatever it held is gone, perhaps through a disk fault. It has not been changed. Put one of its backups in its place, or start a new database there.</source>
        <translation>%1 파일이 비어 있습니다(0바이트). 디스크 오류 등으로 내용이 사라진 것으로 보입니다. 파일은 바뀌지 않았습니다. 백업 중 하나로 복원하거나 그 자리에 새 데이터베이스를 만드세요.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another application, not of Lab Planner. It has not been changed.</source>
        <translation>%1 파일은 다른 프로그램의 데이터베이스이며 Lab Planner 데이터베이스가 아닙니다. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: an index (a list kept to find rows quickly) cannot be read, so its data cannot be trusted. It has not been changed; put one of its backups in its place.</source>
        <translation>%1 파일이 손상되었습니다. 데이터를 빨리 찾기 위한 색인을 읽을 수 없어 내용을 믿을 수 없습니다. 파일은 바뀌지 않았습니다. 백업 중 하나로 복원하세요.</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer version of Lab Planner. Update the application to work on it; the file has not been changed.</source>
        <translation>%1 파일은 더 새로운 버전의 Lab Planner로 저장되었습니다. 이 파일로 작업하려면 프로그램을 업데이트하세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The file %1 or its folder is read-only, so no change could be saved. You can open it read-only to look at it and print from it.</source>
        <translation>%1 파일이나 그 폴더가 읽기 전용이라 변경 내용을 저장할 수 없습니다. 읽기 전용으로 열어 내용을 보고 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 cannot be opened safely. Free some space and try again, or open the file read-only. Nothing has been changed.</source>
        <translation>디스크가 가득 차서 %1 파일을 안전하게 열 수 없습니다. 공간을 확보한 뒤 다시 시도하거나 읽기 전용으로 여세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The database %1 cannot be used. It has not been changed.</source>
        <translation>%1 데이터베이스를 사용할 수 없습니다. 데이터베이스는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Lab Planner databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Lab Planner 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>자세한 내용: %1</translation>
    </message>
    <message>
        <source>Automatic backups of this file (one is made each time it is opened):</source>
        <translation>이 파일의 자동 백업 (파일을 열 때마다 하나씩 만들어집니다):</translation>
    </message>
    <message>
        <source>There is no automatic backup of this file.</source>
        <translation>이 파일의 자동 백업이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup</source>
        <translation>선택한 백업으로 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Open read-&amp;only</source>
        <translation>읽기 전용으로 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>다른 파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Start a new database here</source>
        <translation>여기에 새 데이터베이스 만들기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep the current database</source>
        <translation>지금 데이터베이스 유지(&amp;K)</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Taken</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>ReadOnlyIndicator</name>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>This database is open read-only: you can look and print, but not change it.</source>
        <translation>이 데이터베이스는 읽기 전용으로 열려 있습니다. 보고 인쇄할 수는 있지만 바꿀 수는 없습니다.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then try again.</source>
        <translation>디스크가 가득 차서 아무것도 저장하지 않았습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved.</source>
        <translation>데이터베이스가 읽기 전용이라 아무것도 저장하지 않았습니다.</translation>
    </message>
</context>
</TS>
