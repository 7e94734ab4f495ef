"""The 20 joint research tasks of the demo (code, Korean title, English title, area, start)."""

FOUNDATIONAL = [
    ("F-01", "대화형 음성인식 및 합성 기술", "Conversational speech recognition and synthesis", "음성", 2022),
    ("F-02", "초거대 언어모델 경량화", "Compression of very large language models", "언어", 2022),
    ("F-03", "실시간 영상 이해 및 객체 추적", "Real-time video understanding and object tracking", "비전", 2022),
    ("F-04", "인간중심 인공지능과 윤리", "Human-centred AI and ethics", "인문AI", 2022),
    ("F-05", "멀티모달 기반 지식 추론", "Multimodal knowledge reasoning", "언어", 2022),
    ("F-06", "신뢰할 수 있는 설명가능 AI", "Trustworthy and explainable AI", "신뢰AI", 2022),
    ("F-07", "강화학습 기반 자율 의사결정", "Autonomous decision making with reinforcement learning", "강화학습", 2022),
    ("F-08", "연합학습과 개인정보 보호", "Federated learning and privacy", "보안", 2023),
    ("F-09", "그래프 신경망 기반 네트워크 최적화", "Graph neural networks for network optimisation", "네트워크", 2023),
    ("F-10", "생성모델 기반 콘텐츠 생성", "Generative models for content creation", "생성AI", 2023),
    ("F-11", "저전력 AI 반도체 컴파일러", "Compilers for low-power AI accelerators", "시스템", 2022),
    ("F-12", "3차원 공간 인식과 디지털 트윈", "3D spatial perception and digital twins", "비전", 2023),
    ("F-13", "한국어 감성 및 대화 이해", "Understanding Korean emotion and dialogue", "인문AI", 2024),
    ("F-14", "시계열 예측과 이상 탐지", "Time-series forecasting and anomaly detection", "데이터", 2024),
    ("F-15", "AI 모델 자동 최적화 플랫폼", "Automated optimisation platform for AI models", "시스템", 2025),
]

INDUSTRIAL = [
    ("I-01", "미디어 콘텐츠 자동 편집 AI", "AI for automatic media content editing", "미디어", 2022),
    ("I-02", "의료영상 판독 보조 AI", "AI assistance for medical image reading", "헬스케어", 2022),
    ("I-03", "물류 로봇 협업 제어", "Collaborative control of logistics robots", "로보틱스", 2023),
    ("I-04", "AI 컨택센터 상담 자동화", "Automated counselling for AI contact centres", "고객서비스", 2023),
    ("I-05", "통신망 장애 예측 및 자율 복구", "Fault prediction and self-healing for telecom networks", "네트워크", 2024),
]

STARTUPS = [
    ("딥보이스랩", "Deep Voice Lab"),
    ("비전웨이브", "Vision Wave"),
    ("메디코어AI", "Medicore AI"),
    ("로보링크", "Robolink"),
]
