<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>CopyPreviewDialog</name>
    <message>
        <location filename="../../ui/documents/agreement_preview.py" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/agreement_preview.py" />
        <source>Hancom Hangul documents (*.hwpx)</source>
        <translation>한글 문서 (*.hwpx)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/agreement_preview.py" />
        <source>Word documents (*.docx)</source>
        <translation>워드 문서 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/agreement_preview.py" />
        <source>Save as</source>
        <translation>다른 이름으로 저장</translation>
    </message>
</context>
<context>
    <name>AgreementPreviewDialog</name>
    <message>
        <location filename="../../ui/documents/agreement_preview.py" />
        <source>Compare with last year</source>
        <translation>전년도와 비교</translation>
    </message>
    <message>
        <location filename="../../ui/documents/agreement_preview.py" />
        <source>The comparison table: every clause and annex row that differs from last year's agreement, with the reason</source>
        <translation>신구대조표: 전년도 협약서와 달라진 모든 조항과 별표의 행을 변경사유와 함께 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/documents/agreement_preview.py" />
        <source>Comparison table: %1</source>
        <translation>신구대조표: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDetails</name>
    <message>
        <location filename="../../ui/error_details.py" />
        <source>Year to compare with</source>
        <translation>비교할 연도</translation>
    </message>
    <message>
        <location filename="../../ui/error_details.py" />
        <source>Agreement version</source>
        <translation>협약서 버전</translation>
    </message>
    <message>
        <location filename="../../ui/error_details.py" />
        <source>There is no agreement before %1 to compare with.</source>
        <translation>%1년보다 앞선 비교할 협약서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/error_details.py" />
        <source>%1 is the year being compared; name another year.</source>
        <translation>%1년은 비교 대상 연도 자체입니다. 다른 연도를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/error_details.py" />
        <source>Version %1 is the one being compared; name another version.</source>
        <translation>버전 %1은(는) 비교 대상 버전 자체입니다. 다른 버전을 지정하십시오.</translation>
    </message>
</context>
</TS>
