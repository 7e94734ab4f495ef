<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>PrintRun</name>
    <message>
        <location filename="../../ui/documents/printing.py" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" />
        <source>Preparing the pages…</source>
        <translation>인쇄할 쪽을 준비하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" />
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" />
        <source>Printing page %1 of %2…</source>
        <translation>%2쪽 중 %1쪽을 인쇄하고 있습니다…</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" />
        <source>The document could not be read for printing.</source>
        <translation>인쇄할 문서를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" />
        <source>The document has no pages to print.</source>
        <translation>인쇄할 쪽이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/printing.py" />
        <source>The printer could not be started.</source>
        <translation>프린터를 시작할 수 없습니다.</translation>
    </message>
</context>
</TS>
