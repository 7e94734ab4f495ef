<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ImportFileProblems</name>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a PDF document</source>
        <translation>PDF 문서</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a JPEG image</source>
        <translation>JPEG 이미지</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a GIF image</source>
        <translation>GIF 이미지</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a gzip archive</source>
        <translation>gzip 압축 파일</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a 7-Zip archive</source>
        <translation>7-Zip 압축 파일</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a RAR archive</source>
        <translation>RAR 압축 파일</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>an empty ZIP archive</source>
        <translation>빈 ZIP 압축 파일</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>an SQLite database</source>
        <translation>SQLite 데이터베이스</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a program</source>
        <translation>실행 프로그램</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>an RTF document</source>
        <translation>RTF 문서</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>an old Hancom document (.hwp)</source>
        <translation>이전 한글 문서(.hwp)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>an Excel binary workbook (.xlsb)</source>
        <translation>Excel 바이너리 통합 문서(.xlsb)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a Word document</source>
        <translation>Word 문서</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a PowerPoint presentation</source>
        <translation>PowerPoint 프레젠테이션</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a Hancom document (.hwpx)</source>
        <translation>한글 문서(.hwpx)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>an OpenDocument file (.ods or .odt)</source>
        <translation>OpenDocument 파일(.ods 또는 .odt)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a ZIP archive</source>
        <translation>ZIP 압축 파일</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>a Hancom document (.hwp)</source>
        <translation>한글 문서(.hwp)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>an Office document</source>
        <translation>Office 문서</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>plain text (a CSV file renamed?)</source>
        <translation>일반 텍스트(이름을 바꾼 CSV 파일?)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>unknown data</source>
        <translation>알 수 없는 데이터</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>empty</source>
        <translation>빈 파일</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is not a spreadsheet: it is neither an Excel workbook nor readable text.</source>
        <translation>%1: 스프레드시트가 아닙니다. Excel 통합 문서도, 읽을 수 있는 텍스트도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is not a spreadsheet: it contains binary data (a NUL character on line %2).</source>
        <translation>%1: 스프레드시트가 아닙니다. 이진 데이터가 들어 있습니다(%2번째 줄의 NUL 문자).</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is not a spreadsheet: it contains binary data.</source>
        <translation>%1: 스프레드시트가 아닙니다. 이진 데이터가 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is not a spreadsheet: it is %2.</source>
        <translation>%1: 스프레드시트가 아니라 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is named like an Excel workbook but is not one: it is %2.</source>
        <translation>%1: 이름은 Excel 통합 문서이지만 내용은 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is %2, not an Excel workbook; save it as .xlsx or CSV.</source>
        <translation>%1: Excel 통합 문서가 아니라 %2입니다. .xlsx나 CSV로 저장해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is %2, not an Excel workbook.</source>
        <translation>%1: Excel 통합 문서가 아니라 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is protected by a password; save it without one and try again.</source>
        <translation>%1: 암호로 보호되어 있습니다. 암호 없이 저장한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is empty.</source>
        <translation>%1: 빈 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 does not exist (moved or deleted?).</source>
        <translation>%1: 파일이 없습니다(옮겨졌거나 삭제되었나요?).</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is a folder, not a file.</source>
        <translation>%1: 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 cannot be read (%2); is it open elsewhere?</source>
        <translation>%1: 읽을 수 없습니다(%2). 다른 프로그램에서 열려 있나요?</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is not a readable XLSX file (the archive is damaged).</source>
        <translation>%1: 읽을 수 있는 XLSX 파일이 아닙니다(압축이 손상됨).</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is not a readable .xls file (damaged).</source>
        <translation>%1: 읽을 수 있는 .xls 파일이 아닙니다(손상됨).</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_problems.py" />
        <source>%1 is damaged: it is not valid %2 text.</source>
        <translation>%1: 손상된 파일입니다. 올바른 %2 텍스트가 아닙니다.</translation>
    </message>
</context>
</TS>
