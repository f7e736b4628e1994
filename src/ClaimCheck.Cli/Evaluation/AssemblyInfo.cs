using System.Runtime.CompilerServices;

// The evaluation types are internal to the CLI; the test project scores hand-made inputs through them.
[assembly: InternalsVisibleTo("ClaimCheck.Tests")]
