from planner.own_python import run_module_if_asked

run_module_if_asked()  # a child process of the bundled program (planner.own_python)

from lab_planner.launcher import main  # noqa: E402

raise SystemExit(main())
