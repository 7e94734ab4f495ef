<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>FloorPage</name>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="259" />
        <source>Click a desk to see who sits there.</source>
        <translation>좌석을 클릭하면 사용자를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="281" />
        <location filename="../work/main/ui/floorplan/floor_page.py" line="401" />
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="316" />
        <source>%1 moves in the plan, %2 on this floor</source>
        <translation>계획의 이동 %1건, 이 층 %2건</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="318" />
        <source>Choose a draft move plan to see its moves on the plan</source>
        <translation>작성 중인 이동 계획을 선택하면 도면에 이동이 표시됩니다</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="369" />
        <source>Not found on this day</source>
        <translation>이 날짜에는 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="374" />
        <source>%1 of %2: %3</source>
        <translation>%2건 중 %1: %3</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="395" />
        <source>Fl&amp;oor:</source>
        <translation>층(&amp;O):</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="396" />
        <source>&amp;Day:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="397" />
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="398" />
        <source>&amp;Colours:</source>
        <translation>색상(&amp;C):</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="399" />
        <source>&amp;Move plan:</source>
        <translation>이동 계획(&amp;M):</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="404" />
        <source>Find person or desk (Ctrl+F)</source>
        <translation>인원 또는 좌석 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="405" />
        <source>Fit floor</source>
        <translation>층 전체 보기</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="407" />
        <source>Show the whole floor (0); zoom with the wheel or + and -</source>
        <translation>층 전체 보기 (0). 휠 또는 +, -로 확대·축소</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="409" />
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/floor_page.py" line="410" />
        <source>Selected desk</source>
        <translation>선택한 좌석</translation>
    </message>
</context>
<context>
    <name>FloorPlanColours</name>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="34" />
        <source>By organisation</source>
        <translation>소속별</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="35" />
        <source>By research task</source>
        <translation>연구과제별</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="36" />
        <source>Vacancy</source>
        <translation>공석</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="37" />
        <location filename="../work/main/ui/floorplan/colours.py" line="153" />
        <source>Moving out within 30 days</source>
        <translation>30일 이내 퇴거</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="132" />
        <source>Occupied</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="133" />
        <location filename="../work/main/ui/floorplan/colours.py" line="156" />
        <location filename="../work/main/ui/floorplan/colours.py" line="203" />
        <source>Vacant</source>
        <translation>공석</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="134" />
        <source>Vacant hot desk</source>
        <translation>빈 공용좌석</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="135" />
        <location filename="../work/main/ui/floorplan/colours.py" line="157" />
        <location filename="../work/main/ui/floorplan/colours.py" line="204" />
        <source>Out of service</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="154" />
        <source>Moving out later</source>
        <translation>30일 이후 퇴거</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="150" />
        <source>Changing desks within 30 days</source>
        <translation>30일 이내 자리 이동</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="155" />
        <source>No move-out date</source>
        <translation>퇴거일 없음</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="201" />
        <source>No research task</source>
        <translation>연구과제 없음</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/colours.py" line="272" />
        <source>… and %1 more</source>
        <translation>… 외 %1개</translation>
    </message>
</context>
<context>
    <name>FloorPlanZones</name>
    <message>
        <location filename="../work/main/ui/floorplan/zones_layer.py" line="35" />
        <source>Open office</source>
        <translation>개방형 사무실</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/zones_layer.py" line="36" />
        <source>Private offices</source>
        <translation>개인 연구실</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/zones_layer.py" line="37" />
        <source>Lab</source>
        <translation>실험실</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/zones_layer.py" line="38" />
        <source>Meeting room</source>
        <translation>회의실</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/zones_layer.py" line="39" />
        <source>Server room</source>
        <translation>서버실</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/zones_layer.py" line="40" />
        <source>Start-up space</source>
        <translation>창업 공간</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <location filename="../work/main/ui/floorplan/view.py" line="185" />
        <source>Out of service</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/view.py" line="188" />
        <source>Hot desk</source>
        <translation>공용좌석</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/view.py" line="191" />
        <source>Features: %1</source>
        <translation>설비: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/view.py" line="193" />
        <source>Vacant</source>
        <translation>공석</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/view.py" line="197" />
        <source>From %1 (no move-out date)</source>
        <translation>%1부터 (퇴거일 없음)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/view.py" line="199" />
        <source>From %1 until %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/view.py" line="202" />
        <source>Organisation: %1</source>
        <translation>소속: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/view.py" line="203" />
        <source>Research task: %1</source>
        <translation>연구과제: %1</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../work/main/ui/floorplan/dialogs.py" line="31" />
        <source>Set move-out date</source>
        <translation>퇴거일 지정</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/dialogs.py" line="35" />
        <source>No move-out date (stays until further notice)</source>
        <translation>퇴거일 없음 (별도 통보 시까지 사용)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/dialogs.py" line="43" />
        <source>%1 at desk %2</source>
        <translation>%1 — 좌석 %2</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/dialogs.py" line="44" />
        <source>Last day at the desk:</source>
        <translation>마지막 사용일:</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="280" />
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="282" />
        <source>Filter by name or e-mail</source>
        <translation>이름 또는 이메일로 거르기</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="283" />
        <source>Unseated on the chosen day only</source>
        <translation>선택한 날짜에 좌석이 없는 인원만</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="284" />
        <source>Drag a person onto a desk to seat them. Select several (Ctrl or Shift) and drag them onto one desk to seat them together at the nearest free desks.</source>
        <translation>인원을 좌석으로 끌어다 놓아 배정합니다. 여러 명을 선택(Ctrl 또는 Shift)해 한 좌석에 놓으면 그 근처의 빈 좌석에 함께 배정합니다.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="286" />
        <location filename="../work/main/ui/floorplan/people_panel.py" line="301" />
        <source>All organisations</source>
        <translation>모든 소속</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="288" />
        <location filename="../work/main/ui/floorplan/people_panel.py" line="306" />
        <source>All research tasks</source>
        <translation>모든 연구과제</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="336" />
        <source>%1 of %2 people</source>
        <translation>%2명 중 %1명</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="103" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="104" />
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="105" />
        <source>Research task</source>
        <translation>연구과제</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="106" />
        <source>Desk</source>
        <translation>좌석</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="120" />
        <source>Needs an accessible desk</source>
        <translation>휠체어 접근 좌석 필요</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/people_panel.py" line="122" />
        <source>Has desk needs</source>
        <translation>좌석 요구사항 있음</translation>
    </message>
</context>
<context>
    <name>PlanOverlay</name>
    <message>
        <location filename="../work/main/ui/floorplan/plan_overlay.py" line="68" />
        <source>no desk</source>
        <translation>좌석 없음</translation>
    </message>
</context>
<context>
    <name>SeatingActions</name>
    <message>
        <location filename="../work/main/ui/floorplan/seating_actions.py" />
        <source>%1 sits at %2 %3.</source>
        <translation>%1 님은 %3 %2 좌석을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/seating_actions.py" />
        <source>until %1, the last day of the stay</source>
        <translation>체류 마지막 날인 %1까지</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/seating_actions.py" />
        <source>from %1, the first day of the stay</source>
        <translation>체류 첫날인 %1부터</translation>
    </message>
    <message>
        <source>%1 people near %2</source>
        <translation>%2 근처 %1명</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/seating_actions.py" line="48" />
        <source>Seating not changed</source>
        <translation>좌석이 변경되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/seating_actions.py" line="70" />
        <source>Swap desks?</source>
        <translation>좌석을 맞바꿀까요?</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/seating_actions.py" line="73" />
        <source>Desk %1 is taken by %2 on %3. Swap the desks of %4 and %2 from that day?</source>
        <translation>%3에 좌석 %1은(는) %2이(가) 사용 중입니다. 그날부터 %4와(과) %2의 좌석을 맞바꿀까요?</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/seating_actions.py" line="148" />
        <source>&amp;Release desk from %1</source>
        <translation>%1부터 좌석 반납(&amp;R)</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/seating_actions.py" line="150" />
        <source>Set move-&amp;out date…</source>
        <translation>퇴거일 지정(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/seating_actions.py" line="153" />
        <source>Show &amp;person</source>
        <translation>인원 정보 보기(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SeatingCommands</name>
    <message>
        <location filename="../work/main/ui/floorplan/commands.py" line="108" />
        <source>Assign %1</source>
        <translation>배정: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/commands.py" line="124" />
        <source>Move %1</source>
        <translation>이동: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/commands.py" line="140" />
        <source>Swap %1</source>
        <translation>맞바꾸기: %1</translation>
    </message>
    <message>
        <source>Seat together %1</source>
        <translation>함께 배정: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/commands.py" line="154" />
        <source>Release %1</source>
        <translation>반납: %1</translation>
    </message>
    <message>
        <location filename="../work/main/ui/floorplan/commands.py" line="170" />
        <source>Set move-out date of %1</source>
        <translation>퇴거일 지정: %1</translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <source>Double-click a desk to show it on the floor plan</source>
        <translation>좌석을 두 번 누르면 평면도에서 보여 줍니다</translation>
    </message>
</context>
</TS>