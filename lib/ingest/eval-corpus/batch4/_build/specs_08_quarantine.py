# 10 messages to quarantine: 4 auto-replies, 3 bounces (DSN), 3 feedback reports (ARF).
# Every label but `quarantine` is null. The embedded originals carry amounts, card tails,
# order refs and phones on purpose: none of them is a customer request.
from common import Q, b64, encode_words as ew, fill, qp

Q("autoreply-out-of-office-en", "auto_reply", """\
From: Gareth Hughes <gareth@hughes-plumbing.example>
To: refunds@refund-desk.test
Subject: Automatic reply: Re: Your refund request RR-2026-01502
Date: Tue, 10 Feb 2026 09:14:02 +0000
Message-ID: <ooo.20260210091402.4471@hughes-plumbing.example>
In-Reply-To: <rr-2026-01502.2@refund-desk.test>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Thank you for your email. I am out of the office until Monday 16 February with limited
access to email. For urgent plumbing emergencies please call the office on 020 7946 0011.

Gareth Hughes
Hughes Plumbing Ltd

-----Original Message-----
From: Refund Desk <refunds@refund-desk.test>
Sent: 10 February 2026 09:13
To: gareth@hughes-plumbing.example
Subject: Re: Your refund request RR-2026-01502

Hello Gareth,

your refund of £8.50 for the UK number (order ORD-553311) has been approved and will be paid
to your Visa ending 4242 within one month.

Refund Desk
""", notes="Out-of-office auto-reply quoting the desk's decision (amount, card tail, order ref).")

AR2_BODY = """\
Здравствуйте! Я в отпуске до 15 февраля, отвечу после возвращения.
Срочно: +7 (926) 000-11-22

> Ваш запрос на возврат по заказу ORD-230471 одобрен: 1 200,50 ₽
> будут возвращены на карту 5123 4567 8901 2346.
> Refund Desk
"""

Q("autoreply-avtootvet-ru-qp", "auto_reply", fill("""\
From: @@FROM@@ <d.grishin@mail.example.ru>
To: refunds@refund-desk.test
Subject: @@SUBJ@@
Date: Wed, 04 Feb 2026 18:20:11 +0300
Message-ID: <autoreply.1770218411.5521@mail.example.ru>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

@@BODY@@
""", FROM=ew("Денис Гришин"), SUBJ=ew("Автоответ: Re: Ваш запрос на возврат"), BODY=qp(AR2_BODY)),
  notes="Russian auto-reply (QP); the quoted decision has an amount, a full card number and an order ref.")

Q("autoreply-vacation-alt-en", "auto_reply", """\
From: Claire Dubois <claire.dubois@mail.example.com>
To: refunds@refund-desk.test
Subject: Re: Refund approved - ORD-448120
Date: Mon, 26 Jan 2026 07:02:44 +0100
Message-ID: <vacation.CAF1x2y3z@mail.example.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="vac_b4_001"

--vac_b4_001
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hi, I'm travelling until 2 February and will reply when I'm back.
For anything about the refund of EUR 11.90 to card 4111 1111 1111 1111 (order ORD-448120)
please just go ahead, no need to wait for me.
Claire

--vac_b4_001
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<p>Hi, I'm travelling until 2 February and will reply when I'm back.</p>
<p>For anything about the refund of EUR&nbsp;11.90 to card 4111 1111 1111 1111 (order ORD-448120) please just go ahead, no need to wait for me.</p>
<p>Claire</p>

--vac_b4_001--
""", notes="Vacation responder (multipart/alternative) that mentions amount, full card and order ref; Auto-Submitted decides.")

AR4_BODY = """\
Здравствуйте!
Я в отпуске до 26 января. По срочным вопросам звоните помощнику: +7 (495) 987-65-43.

-----Исходное сообщение-----
От: Refund Desk <refunds@refund-desk.test>
Отправлено: 16 января 2026 г. 9:59
Тема: Претензия о возврате денежных средств

Андрей Игоревич, возврат 2 340 руб. по заказу ORD-287640 будет перечислен
на р/с 40817810099910004312 (БИК 044525974) в течение месяца.
"""

Q("autoreply-otpusk-1251", "auto_reply", fill("""\
From: @@FROM@@ <a.vorontsov@mail.example.ru>
To: refunds@refund-desk.test
Subject: @@SUBJ@@
Date: Fri, 16 Jan 2026 10:00:03 +0300
Message-ID: <auto.16012026100003@mail.example.ru>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: base64

@@BODY@@
""", FROM=ew("Андрей Воронцов", "windows-1251", "B"), SUBJ=ew("Автоответ: Претензия", "windows-1251", "Q"),
    BODY=b64(AR4_BODY, "windows-1251")),
  notes="windows-1251 base64 auto-reply; body quotes requisites, amount and an order ref.")

Q("bounce-postfix-user-unknown", "bounce", """\
From: MAILER-DAEMON@mx1.refund-desk.test (Mail Delivery System)
To: refunds@refund-desk.test
Subject: Undelivered Mail Returned to Sender
Date: Thu, 29 Jan 2026 14:02:11 +0000
Message-ID: <20260129140211.7F3A2C0041@mx1.refund-desk.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="7F3A2C0041.1769695331/mx1.refund-desk.test"

This is a MIME-encapsulated message.

--7F3A2C0041.1769695331/mx1.refund-desk.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.refund-desk.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<tom.r.fletcher@hotmail.co.uk>: host mx.hotmail.co.uk[203.0.113.25] said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--7F3A2C0041.1769695331/mx1.refund-desk.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.refund-desk.test
X-Postfix-Queue-ID: 7F3A2C0041
Arrival-Date: Thu, 29 Jan 2026 14:02:09 +0000 (UTC)

Final-Recipient: rfc822; tom.r.fletcher@hotmail.co.uk
Original-Recipient: rfc822;tom.r.fletcher@hotmail.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.hotmail.co.uk
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--7F3A2C0041.1769695331/mx1.refund-desk.test
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Refund Desk <refunds@refund-desk.test>
To: Tom Fletcher <tom.r.fletcher@hotmail.co.uk>
Subject: Your refund request RR-2026-00941
Date: Thu, 29 Jan 2026 14:02:08 +0000
Message-ID: <rr-2026-00941.3@refund-desk.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hello Tom,

we approved a refund of about £6 (exactly £6.12) for the Manchester number, order ORD-612044.
It will be sent to the PayPal account tom.r.fletcher@hotmail.co.uk. If you prefer a card,
reply with the last digits, e.g. Visa ending 4242.

Refund Desk
+44 20 7946 0999

--7F3A2C0041.1769695331/mx1.refund-desk.test--
""", notes="Postfix DSN; the returned message is the desk's own reply with amounts, PayPal, card tail and order ref.")

Q("bounce-exim-mailbox-full-crlf", "bounce", fill("""\
From: Mail Delivery System <Mailer-Daemon@relay.refund-desk.test>
To: refunds@refund-desk.test
Subject: Mail delivery failed: returning message to sender
Date: Tue, 17 Feb 2026 08:41:55 +0300
Message-ID: <E1vXq2k-0004Rt-Aa@relay.refund-desk.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="1771307115-eximdsn-1804289383"

--1771307115-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  e.lukin@mail.example.ru
    host mxs.mail.example.ru [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<e.lukin@mail.example.ru>:
    552 5.2.2 Mailbox full

--1771307115-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; relay.refund-desk.test

Action: failed
Final-Recipient: rfc822;e.lukin@mail.example.ru
Status: 5.2.2
Remote-MTA: dns; mxs.mail.example.ru
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--1771307115-eximdsn-1804289383
Content-type: message/rfc822

From: Refund Desk <refunds@refund-desk.test>
To: e.lukin@mail.example.ru
Subject: @@S1@@
Date: Tue, 17 Feb 2026 08:41:50 +0300
Message-ID: <rr-2026-01388.1@refund-desk.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравствуйте, Евгений!

Возврат 1 050 ₽ за номер в Новосибирске (заказ ORD-350918) одобрен и будет
перечислен на карту Мир 2200 7700 6655 4439 в течение месяца.

Refund Desk

--1771307115-eximdsn-1804289383--
""", S1=ew("Возврат по заявке")), crlf=True, feats=["crlf"], notes="Exim DSN with CRLF line ends; the returned Russian reply has amount, card and order ref.")

Q("bounce-ru-yandex-style", "bounce", fill("""\
From: mailer-daemon@mx.mail.example.ru
To: refunds@refund-desk.test
Subject: @@S1@@
Date: Sat, 07 Mar 2026 21:30:40 +0300
Message-ID: <dsn.1772908240.883@mx.mail.example.ru>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status"; boundary="dsn_b4_ru_7"

--dsn_b4_ru_7
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Это письмо создано автоматически сервером mx.mail.example.ru.
Ваше письмо не доставлено: адрес получателя не существует.

This is an automatically generated message. Your message could not be delivered.

--dsn_b4_ru_7
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.mail.example.ru
Arrival-Date: Sat, 07 Mar 2026 21:30:38 +0300

Final-Recipient: rfc822; gayane.m@mail.example.am
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 No such user

--dsn_b4_ru_7
Content-Type: message/rfc822

From: Refund Desk <refunds@refund-desk.test>
To: gayane.m@mail.example.am
Subject: Re: Fwd: Order ORD-557019 received
Date: Sat, 07 Mar 2026 21:30:37 +0300
Message-ID: <rr-2026-02277.2@refund-desk.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравствуйте!
Возврат 1 490 RUB по заказу ORD-557019 будет перечислен на ЮMoney 410012345678901.
Если удобнее на карту, пришлите её номер (например, 2200 0000 0000 0000).
Телефон поддержки: +7 800 555-35-35

--dsn_b4_ru_7--
""", S1=ew("Недоставленное сообщение")), notes="Russian/English DSN; the returned desk reply has amount, wallet, order ref and a support phone.")

Q("arf-abuse-yahoo-style", "feedback_report", """\
From: Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.example.com>
To: refunds@refund-desk.test
Subject: FW: Your refund of $25.00 - ORD-905533
Date: Mon, 02 Feb 2026 03:12:09 +0000
Message-ID: <arf.1770001929.29913@arf.mail.example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
 boundary="----=_arf_b4_01"

------=_arf_b4_01
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP 192.0.2.44 on
Mon, 02 Feb 2026 03:10:51 +0000. For more information about this format please see
http://www.mipassoc.org/arf/.

------=_arf_b4_01
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 1
Original-Mail-From: <refunds@refund-desk.test>
Original-Rcpt-To: <viktor@hajdu.example.dev>
Arrival-Date: Mon, 02 Feb 2026 03:10:51 +0000
Source-IP: 192.0.2.44
Reported-Domain: refund-desk.test

------=_arf_b4_01
Content-Type: message/rfc822
Content-Disposition: inline

From: Refund Desk <refunds@refund-desk.test>
To: viktor@hajdu.example.dev
Subject: Your refund of $25.00 - ORD-905533
Date: Mon, 02 Feb 2026 03:10:49 +0000
Message-ID: <rr-2026-00610.4@refund-desk.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello Viktor,
your refund of $25.00 for the Hungarian number (ORD-905533) was sent to the USDT (TRC-20)
address TXyZ7aB3cD9eF2gH4jK6mN8pQ1rS5tU7vW.
Refund Desk

------=_arf_b4_01--
""", notes="ARF abuse report; subject and original both carry an amount, an order ref and a crypto address.")

Q("arf-ru-mailru-style", "feedback_report", fill("""\
From: @@F1@@ <fbl@fbl.mail.example.ru>
To: refunds@refund-desk.test
Subject: @@S1@@
Date: Thu, 19 Feb 2026 12:05:33 +0300
Message-ID: <fbl.20260219120533.1187@fbl.mail.example.ru>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="fbl_b4_ru"

--fbl_b4_ru
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Пользователь отметил это письмо как спам. Это автоматический отчёт (ARF).

--fbl_b4_ru
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: MailFBL/1.4
Version: 1
Original-Rcpt-To: <olga.v.work@mail.example.ru>
Arrival-Date: Thu, 19 Feb 2026 11:58:02 +0300
Source-IP: 198.51.100.20

--fbl_b4_ru
Content-Type: message/rfc822

From: Refund Desk <refunds@refund-desk.test>
To: olga.v.work@mail.example.ru
Subject: @@S2@@
Date: Thu, 19 Feb 2026 11:58:00 +0300
Message-ID: <rr-2026-01502.7@refund-desk.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравствуйте, Ольга!
Для рассмотрения запроса укажите сумму (например, 450 ₽) и реквизиты: карта *5567 или
р/с 40817810099910004312. Заказ ORD-204918.
Refund Desk

--fbl_b4_ru--
""", F1=ew("Служба жалоб"), S1=ew("Жалоба на спам"), S2=ew("Ваш запрос на возврат")), notes="Russian feedback-loop report; the original is a desk needs-info mail with an amount, card tail, account and order ref.")

Q("arf-jmrp-fraud-iban", "feedback_report", """\
From: Junk Mail Reporting <staff@jmrp.mail.example.net>
To: refunds@refund-desk.test
Subject: complaint about message from 203.0.113.80
Date: Sun, 22 Mar 2026 16:44:20 +0000
Message-ID: <jmrp.8d2f1a.20260322164420@jmrp.mail.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="jmrp_b4_3"

--jmrp_b4_3
Content-Type: text/plain; charset="us-ascii"

This is an email abuse report for an email message received from IP 203.0.113.80.

--jmrp_b4_3
Content-Type: message/feedback-report

Feedback-Type: fraud
User-Agent: JMRP/3.1
Version: 1
Original-Mail-From: <refunds@refund-desk.test>
Arrival-Date: Sun, 22 Mar 2026 16:40:02 +0000
Source-IP: 203.0.113.80
Authentication-Results: jmrp.mail.example.net; spf=pass smtp.mailfrom=refund-desk.test

--jmrp_b4_3
Content-Type: message/rfc822

From: Refund Desk <refunds@refund-desk.test>
To: javier.ortega@mail.example.es
Subject: Refund of your balance - 23,10 EUR
Date: Sun, 22 Mar 2026 16:40:00 +0000
Message-ID: <rr-2026-02890.1@refund-desk.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hello Javier,
the remaining balance of 23,10 € will be transferred to ES60 0049 1500 0512 3456 7892.
Order references on the account: ORD-771950, ORD-771951.
Refund Desk, +34 911 234 567

--jmrp_b4_3--
""", notes="JMRP-style fraud report; original has amount, IBAN, order refs and a phone.")
