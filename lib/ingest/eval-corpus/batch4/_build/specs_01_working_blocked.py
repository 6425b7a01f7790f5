# number_not_working (17: en 9, ru 8) and operator_blocked (16: en 8, ru 8)
from common import M

# ---------------- number_not_working ----------------
M("uk-number-dead-plumber", "en", "number_not_working", ["UK number"],
  (850, "GBP", "£8.50", "gbp_symbol"), True, ("card", "4242", "Visa ending 4242"),
  ["+447700900123", "+442079460958"], ["ORD-553201"], [], """\
Hi,

My UK number +44 7700 900123 has been dead since Monday morning. Calls go
straight to a "number not available" message and no texts come in. That's
three days now. I pay £8.50 a month for it and I use it for the business.

Please refund this month's £8.50 to my Visa ending 4242.
Order ORD-553201.

Thanks,
Gareth Hughes
Hughes Plumbing Ltd
Tel: 020 7946 0958
""", subj="UK number not receiving anything", frm="Gareth Hughes <gareth@hughes-plumbing.example>",
  cte="quoted-printable", feats=["signature_phone"])

M("moscow-number-nedostupen", "ru", "number_not_working", ["московский номер"],
  (59000, "RUB", "590р", "rub_r_suffix"), True, ("card", "0366", "картой Мир, последние цифры 0366"),
  ["+74951234567"], ["ORD-204918"], [], """\
Здравствуйте!

Арендовала у вас московский номер +7 495 123-45-67, с субботы на него не проходят
звонки, абоненты слышат «абонент недоступен». Прошло уже больше суток, в чате
поддержки никто не отвечает.

Прошу вернуть 590р за этот месяц на карту, оплачивала картой Мир, последние цифры 0366.
Заказ ORD-204918.

Ирина Викторовна
""", subj="Не работает номер", frm="Ирина Соколова <irina.sokolova59@mail.example.ru>")

M("translit-kz-nomer-ne-rabotaet", "ru", "number_not_working", ["nomer v Kazahstane"],
  (300000, "KZT", "3 000 tg", "kzt_translit"), True, ("card", "7899", "5536 9112 3456 7899"),
  ["+77012345678"], [], [], """\
Zdravstvuite!
Kupil u vas nomer v Kazahstane (+7 701 234 56 78), on ne rabotaet uzhe 2 dnya,
sms ne prihodyat, zvonki ne prohodyat. Verni dengi pozhaluista, 3 000 tg, na kartu
5536 9112 3456 7899.
Spasibo. Ruslan
""", subj="nomer ne rabotaet!!", frm="ruslan.b <ruslan.b.1994@mail.example.kz>", feats=["translit"])

M("caps-us-number-down", "en", "number_not_working", ["US NUMBER"],
  (1200, "USD", "$12", "usd_symbol"), False, None, [], ["ORD-310775"], ["paymentDetails"], """\
YOUR US NUMBER HAS BEEN DOWN FOR 2 DAYS!!! NO CALLS NO TEXTS NOTHING.
I PAID $12 FOR THIS GARBAGE. REFUND IT NOW OR I DISPUTE IT WITH MY BANK.
ORDER ORD-310775
""", subj="REFUND NOW", frm="<dkowalski77@mail.example.com>", feats=["caps", "rude"],
  notes="Threat of a bank dispute names no refund destination: directRequested false.")

M("berlin-number-html-table", "en", "number_not_working", ["rented Berlin number", "Berlin number"],
  (990, "EUR", "EUR 9,90", "eur_code_prefix"), True, ("iban", "3000", "DE89 3704 0044 0532 0130 00"),
  ["+493090182015", "+491712345678"], ["ORD-771402"], [], """\
<html><body>
<p>Hello Refund Desk,</p>
<p>my rented Berlin number +49 30 901820 15 hasn't worked since 14&nbsp;January &ndash; that is more than 48&nbsp;hours now, nobody can reach me on it. Please refund the monthly fee to my bank account.</p>
<table border="1" cellpadding="4">
<tr><td>Service</td><td>Berlin number (monthly)</td></tr>
<tr><td>Order</td><td>ORD-771402</td></tr>
<tr><td>Amount</td><td>EUR&nbsp;9,90</td></tr>
<tr><td>IBAN</td><td>DE89 3704 0044 0532 0130 00</td></tr>
<tr><td>Account holder</td><td>J&ouml;rg M&uuml;ller</td></tr>
</table>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>J&ouml;rg M&uuml;ller<br>+49 171 2345678</p>
</body></html>
""", subj="Refund request - Berlin number", frm="Jörg Müller <jmueller@posteo.example.de>", fmt="html",
  name_enc="Q", feats=["html_table", "entities", "signature_phone"], date="Sat, 17 Jan 2026 10:22:05 +0100")

M("spb-number-koi8-balance", "ru", "number_not_working", ["Питерский номер"],
  (120000, "RUB", "1200 руб.", "rub_abbrev"), False, ("card", "0412", "картой Мир *0412"),
  ["+78125550123", "+79215554433"], [], [], """\
Добрый день.

Питерский номер 8 (812) 555-01-23 не принимает звонки с 10 февраля, то есть уже
четвертые сутки. Я писал в чат, мне сказали ждать. Сколько можно ждать?

Верните, пожалуйста, 1200 руб. за февраль на баланс аккаунта (платил картой Мир *0412,
но на карту не надо, буду пользоваться дальше).

С уважением, Сергей Павлович
тел. 8-921-555-44-33
""", subj="Номер не работает четвертые сутки", frm="Сергей Павлович <s.pavlovich@mail.example.ru>",
  cs="koi8-r", feats=["signature_phone", "balance_request", "card_but_balance"], date="Sat, 14 Feb 2026 12:40:11 +0300",
  notes="Refund to the balance: no direct request; the card is named only as how he paid.")

M("israeli-number-needs-info-reply", "en", "number_not_working", ["Israeli mobile number"],
  (4500, "USD", "45 USD", "usd_code_suffix"), True, ("paypal", "coil", "anna.levi.shop@outlook.co.il"),
  ["+972555701234"], [], [], """\
Hi, here's the info you asked for:
- service: Israeli mobile number (+972 55 570 1234)
- amount: 45 USD
- reason: the number has been dead since 2 March, nothing comes in for 5 days now
- refund to PayPal: anna.levi.shop@outlook.co.il

Anna

On Tue, 3 Mar 2026 at 11:02, Refund Desk <refunds@refund-desk.test> wrote:
> Hello,
>
> To review your request we need: the name of the service, the amount,
> the reason, and your payment details (for example: "Visa ending 1234",
> "500 RUB").
>
> Ticket RR-2026-01877
> Refund Desk
""", subj="Re: Your refund request RR-2026-01877", frm="Anna Levi <anna.levi.shop@outlook.co.il>",
  date="Sun, 08 Mar 2026 09:15:40 +0200", headers=[("In-Reply-To", "<rr-2026-01877.1@refund-desk.test>")],
  feats=["quoted_reply", "needs_info_reply"],
  notes="Examples in the quoted needs-info message (Visa ending 1234, 500 RUB) are ignored.")

M("fwd-receipt-british-number", "ru", "number_not_working", ["британский номер"],
  (79000, "RUB", "790,00 RUB", "rub_code_decimal"), True, ("card", "8813", "Visa **** 8813"),
  [], ["ORD-118350"], [], """\
Добрый день. Британский номер не работает с понедельника, смс не приходят совсем,
уже третий день. Верните деньги на карту, с которой платил (чек ниже).

-------- Пересылаемое сообщение --------
От: billing@refund-desk.test
Дата: 2 февраля 2026 г., 14:05
Тема: Чек об оплате
Кому: pavel.n@mail.example.ru

Услуга: Аренда номера Великобритания, 1 мес.
Сумма: 790,00 RUB
Оплата: Visa **** 8813
Заказ: ORD-118350
Телефон поддержки: +7 800 555-35-35
-------- Конец пересылаемого сообщения --------
""", subj="Fwd: Чек об оплате", date="Wed, 11 Feb 2026 10:05:21 +0300", frm="Павел Н. <pavel.n@mail.example.ru>", subj_enc="Q",
  feats=["forward_ru"],
  notes="Amount, card and order come from the forwarded receipt the customer relies on; the support phone in the forward is not the customer's.")

M("oneliner-number-dead-again", "en", "number_not_working", None, None, False, None, [], [],
  ["serviceName", "amount", "paymentDetails"], """\
number dead again since yesterday, refund pls

Sent from my iPhone
""", subj="number", frm="<kyle.j.88@icloud.example.com>", feats=["oneliner"])

M("translit-ua-nomer-3-sutok", "ru", "number_not_working", ["virtualnyi nomer"],
  (30000, "UAH", "300 грн", "uah"), True, ("card", "5672", "5168 7400 1234 5672"),
  ["+380671234567"], [], [], """\
Privet, moi virtualnyi nomer +380 67 123 45 67 ne rabotaet uzhe 3 sutok, nikto ne mozhet
dozvonitsya. Verni dengi 300 грн na kartu privat 5168 7400 1234 5672 plz
""", subj="ne rabotaet nomer", frm="Oleh <oleh.k@ukr.example.net>", feats=["translit", "mixed_script"])

M("dutch-number-marketer-alt", "en", "number_not_working", ["Dutch mobile number"],
  (1500, "EUR", "€15", "eur_symbol_prefix"), True, ("iban", "4300", "NL91ABNA0417164300"),
  ["+31612345678", "+31201234567"], ["ORD-420051"], [], """\
Hello team,

We run five numbers on account ACC-20931. One of them, the Dutch mobile number
(+31 6 12345678, order ORD-420051), stopped receiving calls and SMS on Thursday and
it is still down today, Monday. The other four are fine.

Please refund the €15 monthly fee for that one to our company account:
IBAN NL91ABNA0417164300, Brightlane Media B.V.

Kind regards,
Sanne de Vries
Performance Marketing | Brightlane Media
+31 20 123 4567
""", subj="Dutch number down since Thursday", frm="Sanne de Vries <sanne@brightlane.example.nl>",
  fmt="alt", cte="quoted-printable", feats=["signature_phone", "many_accounts", "distractor_ids"],
  notes="ACC- id is not an order ref.")

M("pensioner-german-number-long", "ru", "number_not_working", ["номер немецкий"],
  (150000, "RUB", "полторы тысячи", "words"), True, ("card", "3349", "4276 3800 1122 3349"),
  ["+4915201234567", "+79031112233"], [], [], """\
Здравствуйте, уважаемые сотрудники!

Пишет вам Галина Петровна, мне 74 года, так что простите, если что-то не так напишу.
Внук мой уехал работать в Германию, и чтобы мы могли созваниваться дешевле, он мне
посоветовал взять у вас номер немецкий, +49 152 01234567. Он сам мне всё оформил
через компьютер, а я уже плачу со своей карточки. Месяц всё было хорошо, а с прошлой
среды внук звонит — а там тишина, говорит «номер не обслуживается». Я и у соседки
спрашивала, она тоже пробовала звонить — не проходит. Уже почти неделя так.

Я не знаю, как у вас там правильно писать, внук сказал, что нужно указать сумму и
карту. Платила я полторы тысячи за месяц. Прошу вернуть на мою сбербанковскую карту
4276 3800 1122 3349.

Если что-то надо, звоните мне на мой телефон 8 903 111 22 33, я днём всегда дома.

С уважением и благодарностью,
Галина Петровна Смирнова
""", subj="Не работает номер внука", frm="Галина Смирнова <galina.smirnova1951@mail.example.ru>",
  feats=["long", "pensioner", "amount_words"])

M("sip-rented-sf-number", "en", "number_not_working", ["rented SF number", "SF number"],
  (700, "USD", "~$7", "usd_approx"), True, ("card", "1234", "card *1234"),
  ["+14155550142"], [], [], """\
The SIP endpoint for my rented SF number +1 (415) 555-0142 returns 480 Temporarily
Unavailable since 2026-02-09 08:00 UTC. That's >30h now, and your ticket #48213 has had
no update. Inbound SMS webhook has been silent for the same period (0 of ~200 expected).

Please refund the prorated amount (~$7) to card *1234.

-- 
m.
""", subj="Refund: SF number down >30h (ticket #48213)", frm="Marcus Oyelaran <m@oyelaran.example.dev>",
  date="Wed, 11 Feb 2026 17:03:51 -0800", feats=["developer", "distractor_numbers"],
  notes="Ticket number, HTTP code, dates and '200' are not amounts.")

M("yoomoney-polish-number-qp", "ru", "number_not_working", ["номер в Польше"],
  (234000, "RUB", "2 340 руб.", "rub_abbrev_space"), True, ("wallet", "5508", "4100 1174 2233 5508"),
  ["+48512345678"], ["ORD-339017"], [], """\
Добрый вечер!

Номер в Польше +48 512 345 678 (заказ ORD-339017) не работает уже двое суток — ни
звонков, ни смс. Оплачивала 2 340 руб. за три месяца.

Пожалуйста, верните деньги на ЮMoney кошелек 4100 1174 2233 5508.

Спасибо,
Алина
""", subj="Возврат за номер в Польше", frm="Алина К. <alina.k@yandex.example.ru>", fmt="alt",
  cte="quoted-printable")

M("thai-number-travel-bucks", "en", "number_not_working", ["Thai number"],
  (1200, "USD", "12 bucks", "usd_slang"), False, None, [], [], ["paymentDetails"], """\
hey guys

the Thai number i rented for my trip hasnt worked at all since i landed in bangkok, thats 2
days ago. no sms no calls, nothing. i tried restarting the app like 10 times

its only 12 bucks but still, i want it back. whatever way is easiest for you

cheers
Jake
""", subj="thai number doesnt work", frm="Jake Morrison <jakemorrison.travels@mail.example.com>",
  feats=["typos", "traveller"], notes="'whatever way is easiest' names no destination: directRequested false.")

M("b64-tinkoff-half-month", "ru", "number_not_working", ["номер Нидерландов"],
  (45000, "RUB", "450 ₽", "rub_symbol"), True, ("card", "5567", "*5567"),
  [], [], [], """\
Здравствуйте.
За номер Нидерландов платила 900 ₽ в месяц (со скидкой 20%). Он не работает с 5 числа,
уже больше суток, пишу вам 7-го. Пользовалась им половину месяца, поэтому прошу вернуть
450 ₽ за оставшуюся половину на карту Тинькофф *5567.
""", subj="Возврат за нерабочий номер", frm="Ольга <olga.v.work@mail.example.ru>", cte="base64",
  feats=["multi_amount", "distractor_numbers"], notes="Asks back 450 of the 900 paid; 20% is a discount.")

M("crlf-polite-canada-visa", "en", "number_not_working", ["Canadian telephone number"],
  (999, "USD", "$9.99", "usd_symbol"), True, ("card", "1881", "ends in 1881"),
  ["+16045550187", "+12505550134"], [], [], """\
Dear Sir or Madam,

I hope this message finds you well. I am writing, with apologies for troubling you, about the
Canadian telephone number which I rented from your company last month, +1 604 555 0187.
Since the morning of Friday last it has not rung once, and my daughter tells me that when
she dials it she hears a recorded message saying that it is out of service. It has now been
four days.

I should be most grateful if you would kindly refund the $9.99 which I paid, to the Visa card
I paid with (it ends in 1881).

With many thanks and kind regards,
Margaret Ellison
Home: (250) 555-0134
""", subj="Telephone number out of service", frm="Margaret Ellison <m.ellison@shaw.example.ca>",
  crlf=True, feats=["very_polite", "pensioner", "signature_phone"])

# ---------------- operator_blocked ----------------
M("vodafone-barred-uk-sortcode", "en", "operator_blocked", ["UK mobile number"],
  (3200, "GBP", "32 pounds", "gbp_word"), True, ("bank_account", "9911", "55779911"),
  ["+447700900461"], ["ORD-640028"], [], """\
Hello,

Yesterday I got a text on my UK mobile number 07700 900461 saying "This number has been
barred by the network". I haven't done anything wrong with it, I only use it to get calls
from clients. Your support chat confirmed Vodafone blocked it on their side.

I paid 32 pounds for the quarter (ORD-640028). Please send the money back to my bank:
Sort code 20-00-00
Account 55779911
Name: Priya Raman

Thanks
Priya
""", subj="Number barred by network", frm="Priya Raman <priya.raman@mail.example.co.uk>",
  feats=["uk_bank"])

M("kcell-blocked-kaspi", "ru", "operator_blocked", ["казахстанский номер"],
  (450000, "KZT", "4 500 тенге", "kzt_word"), True, ("card", "6789", "4400 4301 2345 6789"),
  ["+77771234567"], [], [], """\
Здравствуйте.

Мой казахстанский номер +7 777 123 45 67 заблокировал оператор Kcell, пришло смс
«номер заблокирован по решению оператора». Я ничего не нарушала, номер был только для
связи с покупателями. Поддержка сказала, что это со стороны оператора.

Прошу вернуть 4 500 тенге на карту Kaspi 4400 4301 2345 6789.

Айгерим
""", subj="Оператор заблокировал номер", frm="Айгерим Нурланова <aigerim.n@mail.example.kz>")

M("movistar-blocked-html-br", "en", "operator_blocked", ["Spanish number"],
  (750, "EUR", "7,50 €", "eur_symbol_suffix"), True, ("iban", "1332", "ES91 2100 0418 4502 0005 1332"),
  ["+34612345678"], [], [], """\
<div dir="ltr">Hi,<br><br>Movistar has blocked my Spanish number +34 612 345 678 &ndash; I got an SMS from them &quot;L&iacute;nea bloqueada&quot; and now nothing works. I did not break any rules, I only used it for my Airbnb guests.<br><br>Please refund the 7,50&nbsp;&euro; to my account ES91 2100 0418 4502 0005 1332 (Lucia Ferrer).<br><br>Gracias,<br>Lucia</div>
""", subj="blocked by Movistar", frm="Lucia Ferrer <lucia.ferrer@correo.example.es>", fmt="html",
  feats=["entities"])

M("translit-kyivstar-balans", "ru", "operator_blocked", ["ukrainskii nomer"],
  (30000, "UAH", "300 grn", "uah_translit"), False, None, ["+380501234567"], [], ["paymentDetails"], """\
Dobryi den. Moi ukrainskii nomer +380 50 123 4567 zablokiroval operator, ya nichego ne
delal, prosto prishlo soobshchenie chto nomer zablokirovan. Vernite pozhaluista 300 grn na
balans akkaunta.
""", subj="zablokirovali nomer", frm="Dmytro <dmytro.s@ukr.example.net>", feats=["translit", "balance_request"])

M("three-polish-numbers-paypal", "en", "operator_blocked", ["three Polish numbers", "Polish numbers"],
  (15000, "PLN", "150 zł", "pln"), True, ("paypal", "ntpl", "growth@adsprint.pl"),
  [], ["ORD-502211", "ORD-502212", "ORD-502213"], [], """\
Hi Refund Desk,

Three Polish numbers on our accounts (ORD-502211, ORD-502212, ORD-502213) were
disconnected by Play on the same day. According to your own support this was a decision of
the operator, we have not received any complaint and nothing on our side changed.

Total paid for the three: 150 zł. Please refund to our PayPal growth@adsprint.pl.

Regards,
Tomasz Wiśniewski
AdSprint
""", subj="3 numbers disconnected by operator", frm="Tomasz Wisniewski <growth@adsprint.pl>",
  feats=["many_accounts", "multi_order"])

M("legal-rs-requisites-disconnected", "ru", "operator_blocked", ["абонентский номер Латвии", "номер Латвии"],
  (234000, "RUB", "2 340 руб.", "rub_abbrev_space"), True, ("bank_account", "4312", "40817810099910004312"),
  [], ["ORD-287640"], [], """\
Уважаемые господа!

Настоящим уведомляю, что арендованный мною абонентский номер Латвии (заказ ORD-287640)
был отключён местным оператором связи 12.01.2026 по причинам, не связанным с моей
деятельностью, что подтверждается ответом вашей службы поддержки от 13.01.2026.

В соответствии с разделом «Virtual number refunds» Политики возврата прошу возвратить
уплаченные денежные средства в размере 2 340 руб. по следующим реквизитам:

Получатель: Воронцов Андрей Игоревич
Банк получателя: АО «ТБанк»
БИК 044525974
к/с 30101810145250000974
р/с 40817810099910004312

Срок рассмотрения обращения — 2 рабочих дня согласно Политике.

А. И. Воронцов
""", subj="Претензия о возврате денежных средств", date="Wed, 14 Jan 2026 11:55:33 +0300", frm="Воронцов А.И. <a.vorontsov@mail.example.ru>",
  subj_enc="Q", feats=["legalistic", "ru_requisites", "distractor_numbers"])

M("fwd-support-carrier-cut", "en", "operator_blocked", None,
  (2499, "USD", "24.99 USD", "usd_code_suffix"), True, ("card", "4444", "5555 5555 5555 4444"),
  [], [], ["serviceName"], """\
See below. Your own support admits the carrier cut my number. I want my money back:
24.99 USD to card 5555 5555 5555 4444.

---------- Forwarded message ---------
From: Support <support@refund-desk.test>
Date: Mon, Feb 23, 2026 at 4:12 PM
Subject: Re: number not working
To: <lee.h.park@mail.example.com>

Hello,

We checked with the carrier: your number +44 7700 900977 has been disconnected by the
carrier on their side. This is not related to your usage. You can request a refund from
the Refund Desk.

Best regards,
Support team
""", subj="Fwd: Re: number not working", frm="Lee Park <lee.h.park@mail.example.com>",
  feats=["forward_en"],
  notes="The customer's own text says only 'my number'; the forwarded support text says 'your number' too, so no service name. The phone is only in the forward: excluded.")

M("beeline-qiwi-1251-qp", "ru", "operator_blocked", ["номер Билайн"],
  (99000, "RUB", "990 рублей", "rub_word"), True, ("wallet", "6789", "+7 912 345-67-89"),
  ["+79681234567", "+79123456789"], [], [], """\
Здравствуйте!
Мой номер Билайн +7 968 123-45-67, арендованный у вас, заблокировал оператор. Я звонил
на горячую линию Билайна, мне сказали, что блокировка по их инициативе и ко мне
претензий нет.
Прошу вернуть 990 рублей на QIWI кошелёк +7 912 345-67-89.
Николай
""", subj="Блокировка номера оператором", frm="Николай Ершов <n.ershov@mail.example.ru>",
  cs="windows-1251", cte="quoted-printable", feats=["qiwi_phone"],
  notes="QIWI wallet written as a phone number is both a phone and the wallet.")

M("georgian-number-eth", "en", "operator_blocked", ["Georgian number"],
  (2000, "GEL", "20 GEL", "gel_code"), True, ("crypto", "b310", "0x9fC3dA8e5B2A41cD7E3F0b6a1D4c8E2f57A9b310"),
  [], [], [], """\
Operator blocked my Georgian number, not my fault, Magti confirmed. Refund 20 GEL to my ETH
address 0x9fC3dA8e5B2A41cD7E3F0b6a1D4c8E2f57A9b310 please.
""", subj="refund", frm="<nika.b@proton.example.me>", feats=["oneliner"])

M("lmt-disconnected-iban-lv", "ru", "operator_blocked", ["латвийский номер"],
  (400, "EUR", "EUR 4,00", "eur_code_prefix"), True, ("iban", "5678", "LV87HABA0551012345678"),
  ["+37120123456"], [], [], """\
Здравствуйте,

латвийский номер +371 20 123 456 отключил оператор LMT, мне пришло уведомление, что
номер деактивирован по решению оператора. Я его использовал только для звонков.

Сумма: EUR 4,00
IBAN: LV87HABA0551012345678
Получатель: Артём Лапин

Спасибо.
""", subj="Оператор отключил номер", frm="Артём Лапин <artem.lapin@inbox.example.lv>", fmt="alt",
  cte="base64", subj_enc="Q")

M("confused-suspended-aud-card", "en", "operator_blocked", ["Australian number"],
  (3000, "AUD", "30 AUD", "aud_code_suffix"), True, None, ["+61491570156"], [], ["paymentDetails"], """\
Hi, sorry if this is the wrong place.

I got a message on my Australian number (+61 491 570 156) from Telstra that it is
"suspended due to regulatory reasons"?? I don't understand, I didn't do anything with it
except get verification codes for my bank. Is this something I did wrong? Your chat person
said it is the operator's decision and that I can get a refund.

I paid 30 AUD. Could you refund it to my card please?

Thank you
Chloe
""", subj="number suspended?", frm="Chloe Tran <chloe.tran.00@mail.example.com.au>", feats=["confused"],
  notes="Asks for the card without giving it: directRequested true, payment null.")

M("mixed-orange-french-number", "ru", "operator_blocked", ["French number"],
  (1200, "EUR", "12,00 €", "eur_symbol_suffix"), True, ("iban", "0189", "FR76 3000 6000 0112 3456 7890 189"),
  [], [], [], """\
Добрый день!
Оператор Orange заблокировал French number, который я арендовала в январе. В смс написано
"ligne suspendue", поддержка сказала, что это решение оператора, а не из-за меня.
Верните пожалуйста 12,00 € на счёт FR76 3000 6000 0112 3456 7890 189.
Спасибо, Вероника
""", subj="French number заблокирован", frm="Вероника <veronika.m@mail.example.fr>", feats=["mixed_language"])

M("shop-lithuanian-telia-table", "en", "operator_blocked", ["Lithuanian number"],
  (500, "EUR", "€5.00", "eur_symbol_prefix"), True, ("card", "5100", "MasterCard ****5100"),
  ["+37061234567"], ["ORD-611930"], [], """\
Hello,

Our small shop used a Lithuanian number from you for customer WhatsApp. Telia blocked it
last week and says the block is on their side, nothing to do with us.

Order:   ORD-611930
Number:  +370 612 34567
Paid:    €5.00
Card:    MasterCard ****5100

Please refund to that card.

Rasa
Rasa's Ceramics, Vilnius
""", subj="Refund for blocked number", frm="Rasa <rasa@rasas-ceramics.example.lt>", fmt="alt",
  html="""\
<html><body>
<p>Hello,</p>
<p>Our small shop used a Lithuanian number from you for customer WhatsApp. Telia blocked it last week and says the block is on their side, nothing to do with us.</p>
<table>
<tr><td><b>Order:</b></td><td>ORD-611930</td></tr>
<tr><td><b>Number:</b></td><td>+370&nbsp;612&nbsp;34567</td></tr>
<tr><td><b>Paid:</b></td><td>&euro;5.00</td></tr>
<tr><td><b>Card:</b></td><td>MasterCard ****5100</td></tr>
</table>
<p>Please refund to that card.</p>
<p>Rasa<br>Rasa&#39;s Ceramics, Vilnius</p>
</body></html>
""", feats=["html_table", "small_shop"])

M("b64-short-blocked-nomer", "ru", "operator_blocked", None,
  (45000, "RUB", "450₽", "rub_symbol"), True, ("card", "6781", "2200 7001 2345 6781"),
  [], [], ["serviceName"], """\
Оператор заблокировал номер. Не по моей вине. Верните 450₽ на карту 2200 7001 2345 6781.
""", subj="Возврат", frm="<kirill.d@mail.example.ru>", cte="base64", feats=["oneliner"])

M("nested-quote-swiss-number", "en", "operator_blocked", ["Swiss number"],
  (1900, "CHF", "CHF 19", "chf_code_prefix"), True, ("iban", "5678", "CH57 0483 0000 0001 2345 678"),
  [], [], [], """\
Any news?? It's been a week. All my details are in my first mail below.

Beat

On Mon, 9 Feb 2026 at 10:41, Refund Desk <refunds@refund-desk.test> wrote:
> Dear customer,
> thank you, we have received your request and it is under review.
> Refund Desk
>
> On Fri, 6 Feb 2026 at 18:20, Beat Keller <beat.keller@bluewin.example.ch> wrote:
> > Hi, my Swiss number +41 78 123 45 67 was blocked by Swisscom yesterday. They told
> > me it is their decision and not because of anything I did.
> > Please refund CHF 19 to IBAN CH57 0483 0000 0001 2345 678.
> > Beat Keller, +41 44 668 18 00
""", subj="Re: Re: Swiss number blocked", frm="Beat Keller <beat.keller@bluewin.example.ch>",
  date="Fri, 13 Feb 2026 08:02:19 +0100", feats=["quoted_reply", "nested_quote"],
  notes="Service, amount and IBAN come from the customer's own first mail quoted with '> >', which the new text relies on; phones there are excluded.")

M("caps-uzbek-number-blocked", "ru", "operator_blocked", ["НОМЕР УЗБЕКИСТАНА"],
  (60000, "RUB", "600 РУБЛЕЙ", "rub_word_caps"), False, None, [], [], ["paymentDetails"], """\
ВЕРНИТЕ ДЕНЬГИ!!! ОПЕРАТОР ЗАБЛОКИРОВАЛ НОМЕР УЗБЕКИСТАНА НА ВТОРОЙ ДЕНЬ, Я НИЧЕГО НЕ
НАРУШАЛ. 600 РУБЛЕЙ ЗАПЛАТИЛ ЗА НИЧТО. ЖДУ ВОЗВРАТ!!!
""", subj="ВЕРНИТЕ ДЕНЬГИ", frm="Тимур <timur.a.1990@mail.example.ru>", feats=["caps", "rude"])
