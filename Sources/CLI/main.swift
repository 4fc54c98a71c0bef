import ArgumentParser

JDAutopsyCommand.main()
