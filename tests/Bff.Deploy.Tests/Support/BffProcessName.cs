// Bff.Testing has a BffProcess of its own (a BFF configured on the command line, in Development); this project's
// BffProcess starts a BFF as its container does (environment variables only). Inside this project the name means
// the latter: an alias wins over the global `using Bff.Testing`, which would otherwise make the name ambiguous.
global using BffProcess = Bff.Deploy.Tests.Support.BffProcess;
