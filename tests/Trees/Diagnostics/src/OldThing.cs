namespace Legacy;

public class OldThing
{
}
