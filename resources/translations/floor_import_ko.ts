<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>FloorImport</name>
    <message>
        <source>%1 (%2 blocks)</source>
        <translation>%1 (블록 %2개)</translation>
    </message>
    <message>
        <source>%1 (%2 closed outlines)</source>
        <translation>%1 (닫힌 외곽선 %2개)</translation>
    </message>
    <message>
        <source>%1 (%2 texts)</source>
        <translation>%1 (글자 %2개)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>%1 draws more than %2 points; a floor's drawing is smaller (save only the floor's layers).</source>
        <translation>%1은(는) 점을 %2개보다 많이 그립니다. 층 도면은 그보다 작습니다(그 층의 레이어만 저장해 주십시오).</translation>
    </message>
    <message>
        <source>%1 draws nothing in its model space.</source>
        <translation>%1의 모형 공간에 그려진 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no layer '%2' (its layers: %3).</source>
        <translation>%1에는 '%2' 레이어가 없습니다(레이어: %3).</translation>
    </message>
    <message>
        <source>%1 holds %2 entities; a floor's drawing has at most %3 (save only the floor's layers).</source>
        <translation>%1에는 개체가 %2개 있습니다. 층 도면은 %3개까지 가져올 수 있습니다(그 층의 레이어만 저장해 주십시오).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a floor's drawing is at most %3 MB (save only the floor's layers, or purge the drawing).</source>
        <translation>%1은(는) %2 MB입니다. 층 도면은 %3 MB까지 가져올 수 있습니다(그 층의 레이어만 저장하거나 도면을 정리(PURGE)해 주십시오).</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 m in %4; a floor is at most %5 m across — are the units right?</source>
        <translation>%1은(는) 단위 %4(으)로 %2 × %3 m입니다. 층은 최대 %5 m입니다. 단위가 맞습니까?</translation>
    </message>
    <message>
        <source>%1 is a DWG drawing; save it as DXF first.</source>
        <translation>%1은(는) DWG 도면입니다. 먼저 DXF로 저장해 주십시오.</translation>
    </message>
    <message>
        <source>%1 is a binary DXF; save it again as an ASCII DXF.</source>
        <translation>%1은(는) 이진 DXF입니다. ASCII DXF로 다시 저장해 주십시오.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as a DXF drawing (%2).</source>
        <translation>%1은(는) 손상되어 DXF 도면으로 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 is not a DXF drawing (no SECTION at its start).</source>
        <translation>%1은(는) DXF 도면이 아닙니다(앞부분에 SECTION이 없습니다).</translation>
    </message>
    <message>
        <source>%1 room(s) have no text in the label layer; named Z01, Z02, ….</source>
        <translation>방 %1개는 이름 레이어에 글자가 없어 Z01, Z02, …로 이름 붙였습니다.</translation>
    </message>
    <message>
        <source>%1 zones and %2 desks on %3 (%4 × %5 m).</source>
        <translation>%3에 구역 %1개, 좌석 %2개(%4 × %5 m).</translation>
    </message>
    <message>
        <source>%1: desk code(s) %2 appear on more than one desk block; each desk needs its own code.</source>
        <translation>%1: 좌석 코드 %2이(가) 둘 이상의 좌석 블록에 있습니다. 좌석마다 코드가 달라야 합니다.</translation>
    </message>
    <message>
        <source>%1: the drawing's code page %2 is unknown.</source>
        <translation>%1: 도면의 코드 페이지 %2을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Desk blocks:</source>
        <translation>좌석 블록(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>층(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Room outlines:</source>
        <translation>방 외곽선(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>As the drawing says (%1)</source>
        <translation>도면 단위 그대로(%1)</translation>
    </message>
    <message>
        <source>CAD drawings (*.dxf);;All files (*)</source>
        <translation>CAD 도면 (*.dxf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Centimetres</source>
        <translation>센티미터</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>Choose a floor's drawing</source>
        <translation>층 도면 선택</translation>
    </message>
    <message>
        <source>Desk %1 is held by %2: move them first (a move plan).</source>
        <translation>좌석 %1은(는) %2이(가) 쓰고 있습니다. 먼저 옮겨 주십시오(이동 계획).</translation>
    </message>
    <message>
        <source>Drawing of what will be created</source>
        <translation>만들어질 구역과 좌석의 그림</translation>
    </message>
    <message>
        <source>Import floor plan</source>
        <translation>평면도 가져오기</translation>
    </message>
    <message>
        <source>Import floor plan %1</source>
        <translation>평면도 가져오기 %1</translation>
    </message>
    <message>
        <source>Import floor plan: %1</source>
        <translation>평면도 가져오기: %1</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>미터</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>밀리미터</translation>
    </message>
    <message>
        <source>Millimetres (assumed)</source>
        <translation>밀리미터(추정)</translation>
    </message>
    <message>
        <source>No floor to import onto: add a floor first.</source>
        <translation>가져올 층이 없습니다. 먼저 층을 추가해 주십시오.</translation>
    </message>
    <message>
        <source>Room &amp;names:</source>
        <translation>방 이름(&amp;N):</translation>
    </message>
    <message>
        <source>The drawing does not say its units ($INSUNITS); millimetres assumed.</source>
        <translation>도면에 단위($INSUNITS)가 없어 밀리미터로 보았습니다.</translation>
    </message>
    <message>
        <source>Two rooms are named '%1'; the second is '%2'.</source>
        <translation>'%1'(이)라는 방이 둘 있어 두 번째는 '%2'(으)로 이름 붙였습니다.</translation>
    </message>
    <message>
        <source>Zones: %1 added, %2 renamed, %3 removed. Desks: %4 added, %5 moved, %6 kept, %7 removed.</source>
        <translation>구역: 추가 %1, 이름 변경 %2, 삭제 %3. 좌석: 추가 %4, 이동 %5, 유지 %6, 삭제 %7.</translation>
    </message>
</context>
<context>
    <name>FloorChangesModel</name>
    <message>
        <source>(%1, %2) m → (%3, %4) m</source>
        <translation>(%1, %2) m → (%3, %4) m</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Desk added</source>
        <translation>좌석 추가</translation>
    </message>
    <message>
        <source>Desk moved</source>
        <translation>좌석 이동</translation>
    </message>
    <message>
        <source>Desk out of service (history kept)</source>
        <translation>좌석 사용 중지(이력 보존)</translation>
    </message>
    <message>
        <source>Desk removed</source>
        <translation>좌석 삭제</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Zone added</source>
        <translation>구역 추가</translation>
    </message>
    <message>
        <source>Zone or desk</source>
        <translation>구역 또는 좌석</translation>
    </message>
    <message>
        <source>Zone redrawn</source>
        <translation>구역 외곽 변경</translation>
    </message>
    <message>
        <source>Zone removed</source>
        <translation>구역 삭제</translation>
    </message>
    <message>
        <source>Zone renamed</source>
        <translation>구역 이름 변경</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>이전 이름 %1</translation>
    </message>
</context>
<context>
    <name>ErrorDetails</name>
    <message>
        <source>The PDF has %1 pages; a floor's plan has at most %2.</source>
        <translation>PDF가 %1쪽입니다. 층 평면도는 %2쪽까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The PDF has no page %1.</source>
        <translation>PDF에 %1쪽이 없습니다.</translation>
    </message>
    <message>
        <source>The PDF is cut off: it does not end as a PDF file ends.</source>
        <translation>PDF 파일이 잘려 있습니다. PDF 파일의 끝 부분이 없습니다.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; save it again without one.</source>
        <translation>PDF에 암호가 걸려 있습니다. 암호 없이 다시 저장해 주십시오.</translation>
    </message>
    <message>
        <source>The drawing's desk codes %1 belong to desks on other floors; give them other codes.</source>
        <translation>도면의 좌석 코드 %1은(는) 다른 층의 좌석 코드입니다. 다른 코드를 붙여 주십시오.</translation>
    </message>
    <message>
        <source>The file is not a PNG, JPEG, SVG or PDF drawing.</source>
        <translation>PNG, JPEG, SVG 또는 PDF 도면 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The revised drawing removes %1 desk(s) that people hold: %2. Move them first (a move plan), then import the drawing again.</source>
        <translation>수정된 도면에서 사람이 쓰고 있는 좌석 %1개가 빠집니다: %2. 먼저 옮긴 뒤(이동 계획) 도면을 다시 가져와 주십시오.</translation>
    </message>
    <message>
        <source>This floor was changed by someone else meanwhile; reload and try again.</source>
        <translation>그 사이에 다른 사용자가 이 층을 바꾸었습니다. 다시 불러온 뒤 다시 시도해 주십시오.</translation>
    </message>
</context>
<context>
    <name>FloorPlanEdit</name>
    <message>
        <source>Floor drawings (*.png *.jpg *.jpeg *.svg *.pdf)</source>
        <translation>층 도면 (*.png *.jpg *.jpeg *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Page of %1 to show (1–%2):</source>
        <translation>%1에서 보여 줄 쪽(1–%2):</translation>
    </message>
    <message>
        <source>Page of the PDF</source>
        <translation>PDF 쪽 선택</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG, SVG or PDF drawing that can be read.</source>
        <translation>읽을 수 있는 PNG, JPEG, SVG 또는 PDF 도면 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>Import &amp;floor plan…</source>
        <translation>평면도 가져오기(&amp;F)…</translation>
    </message>
</context>
</TS>
