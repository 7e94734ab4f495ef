<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>SignAgreementDialog</name>
    <message>
        <source>Certificate file</source>
        <translation>인증서 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Level PAdES B-B: the time is the signer's own (set a timestamp authority in Agreement ▸ Signature settings… for B-T).</source>
        <translation>수준 PAdES B-B: 서명 시각은 서명자 컴퓨터의 시각입니다 (B-T로 하려면 협약서 ▸ 전자서명 설정…에서 타임스탬프 기관을 지정하십시오).</translation>
    </message>
    <message>
        <source>Level PAdES B-T: the time comes from %1.</source>
        <translation>수준 PAdES B-T: 서명 시각은 %1에서 받습니다.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 인증서 (*.p12 *.pfx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>Save the signed file as</source>
        <translation>서명한 파일 저장 위치</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation>서명 당사자</translation>
    </message>
    <message>
        <source>Sign the %1 agreement</source>
        <translation>%1년 협약서 전자서명</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>서명하는 중…</translation>
    </message>
    <message>
        <source>The agreed (frozen) %1 agreement is signed electronically with the signer's certificate. KT signs first; KAIST then signs the file KT signed, and both signatures stay valid.</source>
        <translation>합의(고정)된 %1년 협약서에 서명자의 인증서로 전자서명합니다. KT가 먼저 서명하고, KAIST는 KT가 서명한 파일에 서명합니다. 두 서명 모두 유효하게 유지됩니다.</translation>
    </message>
    <message>
        <source>The file KT signed</source>
        <translation>KT가 서명한 파일</translation>
    </message>
    <message>
        <source>Using a 공동인증서 (a folder with signCert.der and signPri.key)? Export it as a .p12 or .pfx file first: in your certificate manager (e.g. the bank's or your institution's 인증서 관리 program), choose the certificate, then “Export” or “인증서 내보내기”, choose PKCS#12 (.p12/.pfx) and give it a password. Lab Planner never reads the certificate folder itself.</source>
        <translation>공동인증서(signCert.der와 signPri.key가 든 폴더)를 쓰십니까? 먼저 .p12 또는 .pfx 파일로 내보내십시오: 인증서 관리 프로그램(은행이나 소속 기관의 인증서 관리 프로그램)에서 인증서를 고른 뒤 ‘인증서 내보내기’를 누르고, PKCS#12(.p12/.pfx) 형식을 골라 암호를 정하십시오. Lab Planner는 인증서 폴더를 직접 읽지 않습니다.</translation>
    </message>
    <message>
        <source>the certificate's password (not stored)</source>
        <translation>인증서 암호 (저장되지 않음)</translation>
    </message>
    <message>
        <source>the signer's .p12 or .pfx file</source>
        <translation>서명자의 .p12 또는 .pfx 파일</translation>
    </message>
</context>
<context>
    <name>ErrorDetails</name>
    <message>
        <source>The certificate in %1 expired on %2. Sign with a valid certificate.</source>
        <translation>%1의 인증서는 %2에 만료되었습니다. 유효한 인증서로 서명하십시오.</translation>
    </message>
    <message>
        <source>The certificate in %1 is valid only from %2.</source>
        <translation>%1의 인증서는 %2부터 유효합니다.</translation>
    </message>
</context>
<context>
    <name>SignaturesModel</name>
    <message>
        <source>Covers</source>
        <translation>서명 범위</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명란</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>서명 시각</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>타임스탬프</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>신뢰함</translation>
    </message>
    <message>
        <source>none (time given by the signer)</source>
        <translation>없음 (서명자가 밝힌 시각)</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Checking the signatures…</source>
        <translation>서명을 확인하는 중…</translation>
    </message>
    <message>
        <source>No trusted root certificate is set: no signature can be trusted until one is added (Agreement ▸ Signature settings…).</source>
        <translation>신뢰하는 루트 인증서가 지정되지 않았습니다: 하나를 추가하기 전에는 어떤 서명도 신뢰할 수 없습니다 (협약서 ▸ 전자서명 설정…).</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>전자서명</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>서명을 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Trusted root certificates: %1 (Agreement ▸ Signature settings…)</source>
        <translation>신뢰하는 루트 인증서: %1개 (협약서 ▸ 전자서명 설정…)</translation>
    </message>
</context>
<context>
    <name>SigningSettingsDialog</name>
    <message>
        <source>A signature is trusted when the signer's certificate comes from one of these root certificates (PEM or DER files, e.g. from your institution's IT or the certificate authority). The timestamp authority, if given, adds a trusted time to each signature (PAdES B-T).</source>
        <translation>서명자의 인증서가 아래 루트 인증서 가운데 하나에서 발급되었을 때 그 서명을 신뢰합니다 (PEM 또는 DER 파일, 예: 소속 기관 전산팀이나 인증기관에서 받은 파일). 타임스탬프 기관을 지정하면 각 서명에 신뢰할 수 있는 시각이 붙습니다 (PAdES B-T).</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer *.der);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Signature settings</source>
        <translation>전자서명 설정</translation>
    </message>
    <message>
        <source>Timestamp authority (URL)</source>
        <translation>타임스탬프 기관 (URL)</translation>
    </message>
    <message>
        <source>Trusted root certificate</source>
        <translation>신뢰하는 루트 인증서</translation>
    </message>
    <message>
        <source>Trusted root certificates</source>
        <translation>신뢰하는 루트 인증서</translation>
    </message>
    <message>
        <source>e.g. http://timestamp.example.kr/tsa (empty: none)</source>
        <translation>예: http://timestamp.example.kr/tsa (비워 두면 사용 안 함)</translation>
    </message>
</context>
<context>
    <name>SigningTexts</name>
    <message>
        <source>%1 has already signed the %2 agreement (%3): %4.</source>
        <translation>%1이(가) 이미 %2년 협약서(%3)에 서명했습니다: %4.</translation>
    </message>
    <message>
        <source>%1 of %2 signature(s) cannot be relied on.</source>
        <translation>서명 %2개 가운데 %1개는 믿을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 signature</source>
        <translation>%1 서명</translation>
    </message>
    <message>
        <source>All %1 signature(s) are intact and trusted.</source>
        <translation>서명 %1개 모두 변경 없고 신뢰할 수 있습니다.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>KAIST (Party B)</source>
        <translation>KAIST (을)</translation>
    </message>
    <message>
        <source>KT (Party A)</source>
        <translation>KT (갑)</translation>
    </message>
    <message>
        <source>KT signs first: the %1 agreement (%2) has no KT signature yet.</source>
        <translation>KT가 먼저 서명합니다: %1년 협약서(%2)에 아직 KT 서명이 없습니다.</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>Korean and English</source>
        <translation>국영문 병기</translation>
    </message>
    <message>
        <source>Not intact: the file was changed after this signature, so what was signed is not what you have. Ask the signer for the file as they signed it.</source>
        <translation>변경됨: 이 서명 뒤에 파일이 바뀌었습니다. 서명한 내용과 지금 가진 파일이 다릅니다. 서명자에게 서명한 그대로의 파일을 요청하십시오.</translation>
    </message>
    <message>
        <source>Only an agreed (frozen) agreement can be signed. Move the %1 cycle to “agreed” first.</source>
        <translation>합의(고정)된 협약서만 서명할 수 있습니다. 먼저 %1년 갱신 주기를 ‘합의’로 옮기십시오.</translation>
    </message>
    <message>
        <source>Only further signatures were added after it.</source>
        <translation>그 뒤에는 다른 서명만 추가되었습니다.</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2. Sign with a valid certificate.</source>
        <translation>%1의 인증서는 %2에 만료되었습니다. 유효한 인증서로 서명하십시오.</translation>
    </message>
    <message>
        <source>The certificate in %1 is valid only from %2.</source>
        <translation>%1의 인증서는 %2부터 유효합니다.</translation>
    </message>
    <message>
        <source>The signature is valid, but the file was changed after signing in a way that is not a signature: look at the later changes before relying on it.</source>
        <translation>서명은 유효하지만, 서명 뒤에 서명이 아닌 방식으로 파일이 바뀌었습니다: 믿기 전에 나중에 바뀐 내용을 확인하십시오.</translation>
    </message>
    <message>
        <source>The signature matches the file, but the signer's certificate does not come from an authority you trust. Add its root certificate in the signature settings if you know where it comes from.</source>
        <translation>서명은 파일과 일치하지만, 서명자의 인증서가 신뢰하는 인증기관에서 발급된 것이 아닙니다. 출처를 알면 전자서명 설정에서 그 루트 인증서를 추가하십시오.</translation>
    </message>
    <message>
        <source>This file carries no electronic signature.</source>
        <translation>이 파일에는 전자서명이 없습니다.</translation>
    </message>
    <message>
        <source>Valid: the file is as signed, by a trusted certificate.</source>
        <translation>유효함: 파일이 서명된 그대로이며, 신뢰하는 인증서로 서명되었습니다.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>part of the file only</source>
        <translation>파일의 일부만</translation>
    </message>
    <message>
        <source>the file as it was then</source>
        <translation>서명 당시의 파일</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>파일 전체</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
</context>
</TS>
