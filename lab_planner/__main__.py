from lab_planner.launcher import main

raise SystemExit(main())
