from argmap.cli.entry import main

main()
