using Rdd.Site.Cli;

return RddCommand.Run(args, Rdd.Site.Cli.Console.System());
