namespace Shop.Legacy.Sms;

public sealed class SmsGateway
{
    public void Text(string number, string body)
    {
    }
}
