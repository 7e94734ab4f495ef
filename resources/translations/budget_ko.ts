<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ErrorDetails</name>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Basis of the indirect-cost rate</source>
        <translation>간접비율 기준</translation>
    </message>
    <message>
        <source>Budget category</source>
        <translation>비목</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>비목별 연구비</translation>
    </message>
    <message>
        <source>Indirect-cost rate</source>
        <translation>간접비율</translation>
    </message>
    <message>
        <source>Reason for the indirect cost set by hand</source>
        <translation>간접비 직접 입력 사유</translation>
    </message>
    <message>
        <source>Indirect-cost rate (hundredths of a percent)</source>
        <translation>간접비율(0.01% 단위)</translation>
    </message>
    <message>
        <source>{field}: '%1' is not a budget category of this institute.</source>
        <translation>{field}: '%1'은(는) 이 연구소의 비목이 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: '%1' is not a paying party; choose KT or KAIST.</source>
        <translation>{field}: '%1'은(는) 부담 기관이 아닙니다. KT 또는 KAIST를 고르십시오.</translation>
    </message>
    <message>
        <source>{field}: %1 paid by %2 appears twice.</source>
        <translation>{field}: %2 부담 %1이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <source>{field}: '%1' is not known; choose direct (of direct costs) or total.</source>
        <translation>{field}: '%1'은(는) 알 수 없는 기준입니다. 직접비 기준(direct) 또는 총액 기준(total)을 고르십시오.</translation>
    </message>
    <message>
        <source>Budget lines file</source>
        <translation>비목별 연구비 파일</translation>
    </message>
    <message>
        <source>{field} has no column %1.</source>
        <translation>{field}에 %1 열이 없습니다.</translation>
    </message>
    <message>
        <source>{field}, row %1: '%2' is not a year.</source>
        <translation>{field}, %1행: '%2'은(는) 연도가 아닙니다.</translation>
    </message>
    <message>
        <source>{field}, row %1: task %2 has no renewal in %3.</source>
        <translation>{field}, %1행: 과제 %2은(는) %3년 갱신에 없습니다.</translation>
    </message>
    <message>
        <source>{field}, row %1: '%2' is not a budget category of this institute.</source>
        <translation>{field}, %1행: '%2'은(는) 이 연구소의 비목이 아닙니다.</translation>
    </message>
    <message>
        <source>{field}, row %1: '%2' is not a paying party; choose KT or KAIST.</source>
        <translation>{field}, %1행: '%2'은(는) 부담 기관이 아닙니다. KT 또는 KAIST를 고르십시오.</translation>
    </message>
    <message>
        <source>{field}, row %1: %2 paid by %3 is given twice for %4 %5.</source>
        <translation>{field}, %1행: %4년 %5 과제의 %3 부담 %2이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <source>{field}, row %1: '%2' is not an amount in won.</source>
        <translation>{field}, %1행: '%2'은(는) 원 단위 금액이 아닙니다.</translation>
    </message>
    <message>
        <source>{field} is the sum of the task's %1 budget lines; change the lines to change it.</source>
        <translation>{field}은(는) 과제의 비목별 연구비 %1건의 합계입니다. 바꾸려면 비목별 금액을 바꾸십시오.</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>Category</source>
        <translation>비목</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>부담기관</translation>
    </message>
    <message>
        <source>Amount (KRW)</source>
        <translation>금액(원)</translation>
    </message>
    <message>
        <source>From the rate (KRW)</source>
        <translation>간접비율 계산액(원)</translation>
    </message>
    <message>
        <source>Reason for setting it by hand</source>
        <translation>직접 입력 사유</translation>
    </message>
    <message>
        <source>Computed from the party's indirect-cost rate; type an amount to set it by hand (a reason is asked).</source>
        <translation>부담기관의 간접비율로 계산한 금액입니다. 금액을 입력하면 직접 정하게 되며, 사유를 묻습니다.</translation>
    </message>
    <message>
        <source>Set by hand: %1. Clear the reason to go back to the rate.</source>
        <translation>직접 입력: %1. 사유를 지우면 간접비율 계산으로 돌아갑니다.</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Budget by category</source>
        <translation>비목별 연구비</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>비목별 연구비</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>비목 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>비목 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Category of the new line</source>
        <translation>추가할 비목</translation>
    </message>
    <message>
        <source>Paying party of the new line</source>
        <translation>추가할 비목의 부담기관</translation>
    </message>
    <message>
        <source>Amount of the new line (KRW)</source>
        <translation>추가할 비목의 금액(원)</translation>
    </message>
    <message>
        <source>Each change is saved at once; Edit ▸ Undo takes it back.</source>
        <translation>변경은 바로 저장됩니다. 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Total (the sum of the lines): %1 KRW = %2 thousand KRW (천원)</source>
        <translation>합계(비목별 금액의 합): %1원 = %2천원</translation>
    </message>
    <message>
        <source>of direct costs</source>
        <translation>(직접비 대비)</translation>
    </message>
    <message>
        <source>of the total</source>
        <translation>(총액 대비)</translation>
    </message>
    <message>
        <source>Indirect-cost rates: KT %1 %2, KAIST %3 %4.</source>
        <translation>간접비율: KT %1 %2, KAIST %3 %4.</translation>
    </message>
    <message>
        <source>Indirect cost set by hand</source>
        <translation>간접비 직접 입력</translation>
    </message>
    <message>
        <source>Why is %1 paid by %2 not the %3 KRW its rate gives?</source>
        <translation>%2 부담 %1을(를) 간접비율 계산액 %3원과 다르게 정하는 사유는 무엇입니까?</translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <source>Set %1 %2 of %3</source>
        <translation>%3 %1(%2) 변경</translation>
    </message>
    <message>
        <source>Remove %1 %2 of %3</source>
        <translation>%3 %1(%2) 삭제</translation>
    </message>
    <message>
        <source>Set %1 %2 of %3 by hand</source>
        <translation>%3 %1(%2) 직접 입력</translation>
    </message>
    <message>
        <source>Compute %1 %2 of %3 from the rate</source>
        <translation>%3 %1(%2) 간접비율로 계산</translation>
    </message>
</context>
<context>
    <name>CategoryChangeModel</name>
    <message>
        <source>Category</source>
        <translation>비목</translation>
    </message>
    <message>
        <source>Last year (KRW)</source>
        <translation>전년도(원)</translation>
    </message>
    <message>
        <source>This year (KRW)</source>
        <translation>금년도(원)</translation>
    </message>
    <message>
        <source>Change (KRW)</source>
        <translation>증감(원)</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Budget by category: last year and this year</source>
        <translation>비목별 연구비: 전년도와 금년도</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The sum of the budget lines beside</source>
        <translation>옆의 비목별 금액의 합계</translation>
    </message>
</context>
</TS>
