<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>EditBar</name>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>A row or a grid of desks</source>
            <translation>좌석 한 줄 또는 격자</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Add desk</source>
            <translation>좌석 추가</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Add desks…</source>
            <translation>좌석 여러 개 추가…</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Background…</source>
            <translation>배경 도면…</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Calibrate scale</source>
            <translation>축척 맞추기</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Choose a background image first.</source>
            <translation>먼저 배경 도면을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Click or drag a box to select; Shift adds. Drag to move, R rotates, Del deletes.</source>
            <translation>클릭하거나 끌어서 상자로 선택하세요(Shift: 추가). 끌면 이동, R은 회전, Del은 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Click the corners; double-click or Enter closes the zone, Esc cancels.</source>
            <translation>모서리를 차례로 클릭하세요. 더블클릭이나 Enter로 구역을 닫고, Esc로 취소합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Click two points of the drawing whose real distance you know.</source>
            <translation>실제 거리를 알고 있는 도면 위의 두 점을 클릭하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Click where the first desk of the row or grid goes.</source>
            <translation>줄이나 격자의 첫 좌석이 놓일 곳을 클릭하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Click where the new desk goes.</source>
            <translation>새 좌석을 놓을 곳을 클릭하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Drag the drawing into place under the plan.</source>
            <translation>도면을 끌어 평면도 아래 제자리에 맞추세요.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Draw zone</source>
            <translation>구역 그리기</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Move background</source>
            <translation>배경 도면 이동</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Properties…</source>
            <translation>속성…</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Put a drawing of the floor (PNG, JPEG or SVG) under the plan</source>
            <translation>층 도면(PNG, JPEG, SVG)을 평면도 아래에 깝니다</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Remove background</source>
            <translation>배경 도면 제거</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Rotate</source>
            <translation>회전</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Select</source>
            <translation>선택</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_bar.py" />
            <source>Snap to grid</source>
            <translation>격자에 맞추기</translation>
        </message>
    </context>
    <context>
        <name>FloorPage</name>
        <message>
            <location filename="../../ui/floorplan/floor_page.py" />
            <source>Add, move, turn and delete desks, draw zones, set a background drawing</source>
            <translation>좌석을 추가·이동·회전·삭제하고, 구역을 그리고, 배경 도면을 지정합니다</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/floor_page.py" />
            <source>Edit layout</source>
            <translation>배치 편집</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/floor_page.py" />
            <source>Layout not changed</source>
            <translation>배치를 바꾸지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>FloorPlanEdit</name>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>A desk can only stand on the floor.</source>
            <translation>좌석은 층 안에만 놓을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>A zone must be one closed outline on the floor that does not cross itself.</source>
            <translation>구역은 층 안에 있는, 스스로 교차하지 않는 닫힌 윤곽선이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Add %1 desks</source>
            <translation>좌석 %1개 추가</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Add desk %1</source>
            <translation>좌석 %1 추가</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Add desks</source>
            <translation>좌석 추가</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>Background</source>
            <translation>배경 도면</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>Background image of the floor</source>
            <translation>층의 배경 도면</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>Calibrate background scale</source>
            <translation>배경 도면 축척 맞추기</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Calibrate scale</source>
            <translation>축척 맞추기</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Capacity (seats):</source>
            <translation>정원(석):</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>Choose a background image first.</source>
            <translation>먼저 배경 도면을 선택하세요.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Code prefix:</source>
            <translation>코드 접두어:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Code:</source>
            <translation>코드:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Delete %1 desk(s)</source>
            <translation>좌석 %1개 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_mode.py" />
            <source>Delete (Del)</source>
            <translation>삭제 (Del)</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_mode.py" />
            <source>Delete zone</source>
            <translation>구역 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Delete zone %1</source>
            <translation>구역 %1 삭제</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Desk properties</source>
            <translation>좌석 속성</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Desks per row:</source>
            <translation>줄당 좌석 수:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Digits:</source>
            <translation>번호 자릿수:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Draw zone %1</source>
            <translation>구역 %1 그리기</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Edit desk %1</source>
            <translation>좌석 %1 편집</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Edit zone %1</source>
            <translation>구역 %1 편집</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_mode.py" />
            <source>Edit zone…</source>
            <translation>구역 편집…</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>First number:</source>
            <translation>시작 번호:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>Floor drawings (*.png *.jpg *.jpeg *.svg)</source>
            <translation>층 도면 (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>In service</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Kind:</source>
            <translation>종류:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Move %1 desks</source>
            <translation>좌석 %1개 이동</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>Move background image</source>
            <translation>배경 도면 이동</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Move desk</source>
            <translation>좌석 이동</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Name:</source>
            <translation>이름:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_mode.py" />
            <source>Properties…</source>
            <translation>속성…</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Real distance between the two points (m):</source>
            <translation>두 점 사이의 실제 거리(m):</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>Remove background image</source>
            <translation>배경 도면 제거</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Reshape zone %1</source>
            <translation>구역 %1 모양 변경</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_actions.py" />
            <source>Rotate %1 desk(s) by %2°</source>
            <translation>좌석 %1개를 %2° 회전</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_mode.py" />
            <source>Rotate 15° clockwise (])</source>
            <translation>시계 방향 15° 회전 (])</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_mode.py" />
            <source>Rotate 15° counter-clockwise ([)</source>
            <translation>반시계 방향 15° 회전 ([)</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_mode.py" />
            <source>Rotate 90° clockwise (R)</source>
            <translation>시계 방향 90° 회전 (R)</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_mode.py" />
            <source>Rotate 90° counter-clockwise (Shift+R)</source>
            <translation>반시계 방향 90° 회전 (Shift+R)</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Rows:</source>
            <translation>줄 수:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>Set background image</source>
            <translation>배경 도면 지정</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Spacing along a row:</source>
            <translation>줄 안의 좌석 간격:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Spacing between rows:</source>
            <translation>줄 사이 간격:</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>The file cannot be read.</source>
            <translation>파일을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/background_actions.py" />
            <source>This file is not a PNG, JPEG or SVG image that can be read.</source>
            <translation>이 파일은 읽을 수 있는 PNG, JPEG, SVG 이미지가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../ui/floorplan/edit_dialogs.py" />
            <source>Zone</source>
            <translation>구역</translation>
        </message>
    </context>
</TS>
