namespace Shop.Legacy;

public class EmailSender
{
    public void Send(string to, string body)
    {
    }
}
