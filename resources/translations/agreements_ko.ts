<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ErrorDetails</name>
    <message>
        <source>Agreement wording files</source>
        <translation>협약서 서식 파일</translation>
    </message>
    <message>
        <source>{field}: give --ko FILE, --en FILE or both.</source>
        <translation>{field}: --ko 파일, --en 파일 또는 둘 다 지정하십시오.</translation>
    </message>
    <message>
        <source>Frozen agreement</source>
        <translation>고정된 협약서</translation>
    </message>
    <message>
        <source>Language of the wording</source>
        <translation>서식 언어</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>English reason</source>
        <translation>영문 변경사유</translation>
    </message>
    <message>
        <source>Desks provided</source>
        <translation>제공 좌석 수</translation>
    </message>
    <message>
        <source>Agreement wording</source>
        <translation>협약서 서식</translation>
    </message>
    <message>
        <source>Agreement wording (%1) version %2</source>
        <translation>협약서 서식(%1) 버전 %2</translation>
    </message>
    <message>
        <source>%1 signature block</source>
        <translation>%1 서명란</translation>
    </message>
    <message>
        <source>Agreement %1, version %2</source>
        <translation>%1년도 협약서 버전 %2</translation>
    </message>
    <message>
        <source>Frozen agreement of the cycle</source>
        <translation>주기의 고정된 협약서</translation>
    </message>
    <message>
        <source>Signature block: institution (Korean)</source>
        <translation>서명란 기관명(국문)</translation>
    </message>
    <message>
        <source>Signature block: institution (English)</source>
        <translation>서명란 기관명(영문)</translation>
    </message>
    <message>
        <source>Signature block: address (Korean)</source>
        <translation>서명란 주소(국문)</translation>
    </message>
    <message>
        <source>Signature block: address (English)</source>
        <translation>서명란 주소(영문)</translation>
    </message>
    <message>
        <source>Signature block: representative's position (Korean)</source>
        <translation>서명란 대표자 직위(국문)</translation>
    </message>
    <message>
        <source>Signature block: representative's position (English)</source>
        <translation>서명란 대표자 직위(영문)</translation>
    </message>
    <message>
        <source>Signature block: representative's name (Korean)</source>
        <translation>서명란 대표자 성명(국문)</translation>
    </message>
    <message>
        <source>Signature block: representative's name (English)</source>
        <translation>서명란 대표자 성명(영문)</translation>
    </message>
    <message>
        <source>Signature block: signing delegate's position (Korean)</source>
        <translation>서명란 서명 위임자 직위(국문)</translation>
    </message>
    <message>
        <source>Signature block: signing delegate's position (English)</source>
        <translation>서명란 서명 위임자 직위(영문)</translation>
    </message>
    <message>
        <source>Signature block: signing delegate's name (Korean)</source>
        <translation>서명란 서명 위임자 성명(국문)</translation>
    </message>
    <message>
        <source>Signature block: signing delegate's name (English)</source>
        <translation>서명란 서명 위임자 성명(영문)</translation>
    </message>
    <message>
        <source>Signature block: basis of delegation (Korean)</source>
        <translation>서명란 위임 근거(국문)</translation>
    </message>
    <message>
        <source>Signature block: basis of delegation (English)</source>
        <translation>서명란 위임 근거(영문)</translation>
    </message>
    <message>
        <source>{field} has format %1; this version of Lab Planner reads format %2.</source>
        <translation>{field}의 형식은 %1이며, 이 버전의 Lab Planner는 형식 %2를 읽습니다.</translation>
    </message>
    <message>
        <source>{field} must be ko or en, not '%1'.</source>
        <translation>{field}은(는) ko 또는 en이어야 합니다('%1'은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>{field} must be kt or kaist, not '%1'.</source>
        <translation>{field}은(는) kt 또는 kaist여야 합니다('%1'은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>{field} has no field '%1'.</source>
        <translation>{field}에는 '%1' 항목이 없습니다.</translation>
    </message>
    <message>
        <source>A reason is required to unfreeze an agreement.</source>
        <translation>고정된 협약서를 풀려면 사유를 적어 주십시오.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>The %1 agreement is %2 and frozen; go back to consultation (with a reason) to change it.</source>
        <translation>%1년도 협약서는 %2 상태로 고정되어 있습니다. 고치려면 사유를 적고 협의 단계로 되돌리십시오.</translation>
    </message>
    <message>
        <source>The %1 cycle is agreed and its agreement frozen; go back to consultation (with a reason) to change it.</source>
        <translation>%1년도 주기는 합의되어 협약서가 고정되어 있습니다. 고치려면 사유를 적고 협의 단계로 되돌리십시오.</translation>
    </message>
    <message>
        <source>Version %1 of the %2 wording is no longer the newest; it cannot be taken back.</source>
        <translation>%2 서식의 버전 %1은(는) 더 이상 최신 버전이 아니어서 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The %1 cycle's agreement was agreed once and is on record; it cannot be deleted.</source>
        <translation>%1년도 주기의 협약서는 한 번 합의되어 기록에 남아 있으므로 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Going back to consultation unfreezes the agreement: give a reason.</source>
        <translation>협의 단계로 되돌리면 고정된 협약서가 풀립니다. 사유를 적어 주십시오.</translation>
    </message>
    <message>
        <source>The number of desks KT provides is not recorded.</source>
        <translation>KT가 제공하는 좌석 수가 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The %1 signature block lacks %2.</source>
        <translation>%1 서명란에 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No English title for %1.</source>
        <translation>%1 과제의 영문 과제명이 없습니다.</translation>
    </message>
    <message>
        <source>No English reason for %1.</source>
        <translation>%1 과제의 영문 변경사유가 없습니다.</translation>
    </message>
</context>
</TS>
