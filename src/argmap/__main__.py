from argmap.entry import main

main()
