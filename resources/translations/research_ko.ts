<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <!-- Research administration (issue 20): participants, KPIs, IP disclosures. -->
    <context>
        <name>ErrorDetails</name>
        <message>
            <source>%1 is the PI of %2 and stays its participant while others take part.</source>
            <translation>%1 님은 %2의 책임자이므로 다른 참여연구원이 있는 동안 명단에서 뺄 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <source>%1's participation in %2 would exceed %3 %: %4 &gt; %3 %.</source>
            <translation>%1 님의 %2년 참여율이 %3 %를 넘게 됩니다: %4 &gt; %3 %.</translation>
        </message>
    </context>
    <context>
        <name>IpDialog</name>
        <message>
            <source>Disclosed on</source>
            <translation>신고일</translation>
        </message>
        <message>
            <source>English title</source>
            <translation>영문 제목</translation>
        </message>
        <message>
            <source>Filing no.</source>
            <translation>출원번호</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>인원 찾기</translation>
        </message>
        <message>
            <source>IP disclosure</source>
            <translation>지식재산 신고</translation>
        </message>
        <message>
            <source>Inventors</source>
            <translation>발명자</translation>
        </message>
        <message>
            <source>KAIST share</source>
            <translation>KAIST 지분</translation>
        </message>
        <message>
            <source>KT share</source>
            <translation>KT 지분</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>비고</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>과제</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
        <source>Research tasks</source>
        <translation>연구과제</translation>
    </message>
</context>
    <context>
        <name>IpTableModel</name>
        <message>
            <source>Disclosed on</source>
            <translation>신고일</translation>
        </message>
        <message>
            <source>Filing no.</source>
            <translation>출원번호</translation>
        </message>
        <message>
            <source>Inventors</source>
            <translation>발명자</translation>
        </message>
        <message>
            <source>KT / KAIST</source>
            <translation>KT / KAIST 지분</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>과제</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
    </context>
    <context>
        <name>KpiDialog</name>
        <message>
            <source>Actual</source>
            <translation>실적</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>성과지표</translation>
        </message>
        <message>
            <source>KPI in English</source>
            <translation>영문 지표명</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>과제</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>단위</translation>
        </message>
        <message>
            <source>Unit in English</source>
            <translation>영문 단위</translation>
        </message>
        <message>
            <source>not known yet</source>
            <translation>아직 모름</translation>
        </message>
    </context>
    <context>
        <name>KpiTableModel</name>
        <message>
            <source>Achieved</source>
            <translation>달성률</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>실적</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>성과지표</translation>
        </message>
        <message>
            <source>Last year's actual</source>
            <translation>전년 실적</translation>
        </message>
        <message>
            <source>Last year's target</source>
            <translation>전년 목표</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>목표</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>과제</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>단위</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%2행 중 %1행</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1행</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>(choose a person)</source>
            <translation>(인원 선택)</translation>
        </message>
        <message>
            <source>Change participant</source>
            <translation>참여연구원 변경</translation>
        </message>
        <message>
            <source>From</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>참여연구원</translation>
        </message>
        <message>
            <source>Participation rate</source>
            <translation>참여율</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>인원</translation>
        </message>
        <message>
            <source>Role in the task</source>
            <translation>과제 내 역할</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>과제</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>종료</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>From</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>소속</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>참여율</translation>
        </message>
        <message>
            <source>Role in the task</source>
            <translation>과제 내 역할</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>과제</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>Year's total</source>
            <translation>연간 합계</translation>
        </message>
    </context>
    <context>
        <name>ResearchCommands</name>
        <message>
            <source>Add %1 to %2</source>
            <translation>%2에 %1 추가</translation>
        </message>
        <message>
            <source>Add KPI %1 of %2</source>
            <translation>%2 성과지표 %1 추가</translation>
        </message>
        <message>
            <source>Change %1 in %2</source>
            <translation>%2의 %1 변경</translation>
        </message>
        <message>
            <source>Change IP disclosure %1</source>
            <translation>지식재산 신고 %1 변경</translation>
        </message>
        <message>
            <source>Change KPI %1 of %2</source>
            <translation>%2 성과지표 %1 변경</translation>
        </message>
        <message>
            <source>Record IP disclosure %1</source>
            <translation>지식재산 신고 %1 등록</translation>
        </message>
        <message>
            <source>Remove %1 from %2</source>
            <translation>%2에서 %1 제외</translation>
        </message>
        <message>
            <source>Remove IP disclosure %1</source>
            <translation>지식재산 신고 %1 삭제</translation>
        </message>
        <message>
            <source>Remove KPI %1 of %2</source>
            <translation>%2 성과지표 %1 삭제</translation>
        </message>
    </context>
    <context>
        <name>ResearchLabels</name>
        <message>
            <source>Abandoned</source>
            <translation>포기</translation>
        </message>
        <message>
            <source>Co-researcher (공동)</source>
            <translation>공동연구원</translation>
        </message>
        <message>
            <source>Disclosed</source>
            <translation>신고</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>출원</translation>
        </message>
        <message>
            <source>Lead (책임)</source>
            <translation>책임연구원</translation>
        </message>
        <message>
            <source>Participant (참여)</source>
            <translation>참여연구원</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>등록</translation>
        </message>
        <message>
            <source>Student (학생)</source>
            <translation>학생연구원</translation>
        </message>
    </context>
    <context>
        <name>ResearchTabs</name>
        <message>
            <source>%1: the PI %2 is not a participant.</source>
            <translation>%1: 책임자 %2 님이 참여연구원 명단에 없습니다.</translation>
        </message>
        <message>
            <source>Add KPI…</source>
            <translation>성과지표 추가…</translation>
        </message>
        <message>
            <source>Add participant…</source>
            <translation>참여연구원 추가…</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>모든 과제</translation>
        </message>
        <message>
            <source>Change KPI…</source>
            <translation>성과지표 변경…</translation>
        </message>
        <message>
            <source>Change disclosure…</source>
            <translation>신고 변경…</translation>
        </message>
        <message>
            <source>Change participant…</source>
            <translation>참여연구원 변경…</translation>
        </message>
        <message>
            <source>Filter by task</source>
            <translation>과제로 거르기</translation>
        </message>
        <message>
            <source>IP disclosures</source>
            <translation>지식재산</translation>
        </message>
        <message>
            <source>KPIs</source>
            <translation>성과지표</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>참여연구원</translation>
        </message>
        <message>
            <source>Record disclosure…</source>
            <translation>신고 등록…</translation>
        </message>
        <message>
            <source>Remove KPI</source>
            <translation>성과지표 삭제</translation>
        </message>
        <message>
            <source>Remove disclosure</source>
            <translation>신고 삭제</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>참여연구원 제외</translation>
        </message>
        <message>
            <source>Search by task or KPI</source>
            <translation>과제나 지표명으로 검색</translation>
        </message>
        <message>
            <source>Search by task, name or organisation</source>
            <translation>과제, 이름, 소속으로 검색</translation>
        </message>
        <message>
            <source>Search by title, inventor or filing no.</source>
            <translation>제목, 발명자, 출원번호로 검색</translation>
        </message>
        <message>
            <source>The %1 cycle is agreed or signed: its participants and KPIs can no longer be changed.</source>
            <translation>%1년 주기는 합의 또는 서명되어 참여연구원과 성과지표를 더 이상 바꿀 수 없습니다.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>연도</translation>
        </message>
    </context>
</TS>
