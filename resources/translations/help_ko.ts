<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/menus.py" />
        <source>&amp;Manual</source>
        <translation>사용 설명서(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" />
        <source>Database schema %1</source>
        <translation>데이터베이스 스키마 %1</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../ui/help.py" />
        <source>Lab Planner manual</source>
        <translation>랩 플래너 사용 설명서</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" />
        <source>Manual</source>
        <translation>사용 설명서</translation>
    </message>
</context>
</TS>
