<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ErrorDetails</name>
    <message>
        <source>Participant</source>
        <translation>참여연구원</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>성과지표</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation>단위(영문)</translation>
    </message>
    <message>
        <source>Inventors</source>
        <translation>발명자</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>IP disclosures file</source>
        <translation>지식재산 파일</translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation>출원번호</translation>
    </message>
    <message>
        <source>KPI file</source>
        <translation>성과지표 파일</translation>
    </message>
    <message>
        <source>Participants file</source>
        <translation>참여연구원 파일</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>참여율</translation>
    </message>
    <message>
        <source>KPI name</source>
        <translation>지표명</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>신고일</translation>
    </message>
    <message>
        <source>KT share</source>
        <translation>KT 지분</translation>
    </message>
    <message>
        <source>KAIST share</source>
        <translation>KAIST 지분</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Out of use</source>
        <translation>사용 중지 기간</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>휴가·휴직</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>지분</translation>
    </message>
    <message>
        <source>IP disclosure</source>
        <translation>지식재산 신고</translation>
    </message>
    <message>
        <source>Participation cap</source>
        <translation>참여율 상한</translation>
    </message>
    <message>
        <source>{field}: %1 has no column %2 (%3).</source>
        <translation>{field}: %1에 %2(%3) 열이 없습니다.</translation>
    </message>
    <message>
        <source>{field}: '%1' is not a known value.</source>
        <translation>{field}: '%1'은(는) 알 수 없는 값입니다.</translation>
    </message>
    <message>
        <source>{field}: %1</source>
        <translation>{field}: %1</translation>
    </message>
    <message>
        <source>{field}: the KT share (%1 %) and the KAIST share (%2 %) add up to %3 %, not 100 %.</source>
        <translation>{field}: KT 지분(%1 %)과 KAIST 지분(%2 %)의 합이 100 %가 아니라 %3 %입니다.</translation>
    </message>
    <message>
        <source>{field}: name at least one inventor.</source>
        <translation>{field}: 발명자를 한 명 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>{field}: %1 already has a KPI named %2.</source>
        <translation>{field}: %1에 이미 %2 지표가 있습니다.</translation>
    </message>
    <message>
        <source>{field} is before %1.</source>
        <translation>{field}이(가) %1보다 앞섭니다.</translation>
    </message>
    <message>
        <source>{field} is more than %1 months after the start.</source>
        <translation>{field}이(가) 시작일로부터 %1개월을 넘습니다.</translation>
    </message>
    <message>
        <source>{field}: '%1' is not a role in the task.</source>
        <translation>{field}: '%1'은(는) 과제 내 역할이 아닙니다.</translation>
    </message>
    <message>
        <source>{field} lies outside the task's period (%1 – %2).</source>
        <translation>{field}이(가) 과제 기간(%1 – %2)을 벗어납니다.</translation>
    </message>
    <message>
        <source>{field} lies outside %1's stay (%2 – %3).</source>
        <translation>{field}이(가) %1의 입주 기간(%2 – %3)을 벗어납니다.</translation>
    </message>
    <message>
        <source>{field}: %1 already takes part in %2.</source>
        <translation>{field}: %1은(는) 이미 %2에 참여하고 있습니다.</translation>
    </message>
</context>
</TS>
