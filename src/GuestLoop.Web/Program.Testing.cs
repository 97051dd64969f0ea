/// <summary>Makes the entry point visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
