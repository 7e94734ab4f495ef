<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>PeoplePage</name>
    <message>
        <source>Add person…</source>
        <translation>인원 추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove someone entered by mistake. Someone who has had a desk or a task keeps their history: set the end of their stay instead.</source>
        <translation>잘못 입력한 인원을 삭제합니다. 좌석이나 연구과제 기록이 있는 인원은 기록을 남겨야 하므로 대신 체류 종료일을 정해 주십시오.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>인원 삭제</translation>
    </message>
    <message>
        <source>Remove %1 from the institute's people?</source>
        <translation>%1 님을 연구원 인원 목록에서 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Organisations…</source>
        <translation>소속 관리…</translation>
    </message>
    <message>
        <source>Person not changed</source>
        <translation>인원 정보를 바꾸지 않았습니다</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Saving this stay changes the seating:</source>
        <translation>이 체류 기간으로 저장하면 좌석 배정이 바뀝니다:</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>인원 편집</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>인원 추가</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>&amp;Korean name:</source>
        <translation>한글 이름(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>영문 이름(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>소속(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>구분(&amp;R):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>이메일(&amp;M):</translation>
    </message>
    <message>
        <source>Employee &amp;number:</source>
        <translation>사번·학번(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <source>Stay:</source>
        <translation>체류 기간:</translation>
    </message>
    <message>
        <source>Desk needs:</source>
        <translation>필요한 좌석 조건:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>메모(&amp;T):</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>새로 추가…</translation>
    </message>
    <message>
        <source>An organisation not in the list yet</source>
        <translation>목록에 아직 없는 소속</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (새 소속)</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>New organisation</source>
        <translation>새 소속</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>소속 편집</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>영문 이름(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>Add %1</source>
        <translation>인원 추가: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>인원 편집: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>인원 삭제: %1</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>소속 추가: %1</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>소속 편집: %1</translation>
    </message>
    <message>
        <source>Remove organisation %1</source>
        <translation>소속 삭제: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>소속 검색</translation>
    </message>
    <message>
        <source>Only an organisation nobody belongs to any more</source>
        <translation>더 이상 속한 인원이 없는 소속만 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source>Organisation not changed</source>
        <translation>소속을 바꾸지 않았습니다</translation>
    </message>
</context>
<context>
    <name>OrganisationsTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
</context>
</TS>
