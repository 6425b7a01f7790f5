# changed_mind (17: en 9, ru 8) and accidental_topup (16: en 8, ru 8)
from common import M

# ---------------- changed_mind ----------------
M("trip-cancelled-spanish-number", "en", "changed_mind", ["Spanish number"],
  (900, "EUR", "€9", "eur_symbol_prefix"), True, ("card", "2812", "card ending 2812"),
  [], ["ORD-255640"], [], """\
Hi,

I ordered a Spanish number yesterday (ORD-255640) for a trip to Valencia, but the trip has
been cancelled, so I don't need it anymore. I haven't used it at all.

Could you refund the €9 to my card ending 2812?

Many thanks,
Sophie
""", subj="Don't need the number anymore", frm="Sophie Laurent <sophie.laurent@mail.example.fr>",
  cte="quoted-printable", feats=["traveller"])

M("peredumal-israel-number", "ru", "changed_mind", ["номер Израиля"],
  (110000, "RUB", "1 100 ₽", "rub_symbol"), True, ("card", "2239", "2203 8465 6321 2239"),
  [], [], [], """\
Добрый день. Вчера купил номер Израиля за 1 100 ₽, но передумал — он мне не нужен.
Номером не пользовался. Прошу вернуть деньги на карту 2203 8465 6321 2239.
""", subj="Передумал", frm="Марк <mark.il@mail.example.ru>")

M("cheaper-elsewhere-us-number-alt", "en", "changed_mind", ["US number"],
  (799, "USD", "$7.99", "usd_symbol"), True, ("paypal", "ecom", "k.obrien@fastmail.example.com"),
  [], [], [], """\
Hi,

I bought a US number this morning for $7.99 but then found a cheaper provider. Please cancel it
and refund the $7.99 to my PayPal k.obrien@fastmail.example.com.

Thanks,
Kevin
""", subj="Cancel US number", frm="Kevin O'Brien <k.obrien@fastmail.example.com>", fmt="alt",
  html="""\
<html><body><div>Hi,</div><div><br></div>
<div>I bought a US number this morning for <b>$7.99</b> but then found a cheaper provider. Please cancel it and refund the $7.99 to my PayPal <a href="mailto:k.obrien@fastmail.example.com">k.obrien@fastmail.example.com</a>.</div>
<div><br></div><div>Thanks,<br>Kevin</div></body></html>
""")

M("translit-peredumal-gruziya", "ru", "changed_mind", ["nomer Gruzii"],
  (60000, "RUB", "600 rub", "rub_translit"), True, ("card", "5431", "5536 3786 5797 5431"),
  [], [], [], """\
Dobryi vecher, ya kupil nomer Gruzii no peredumal, on mne ne nuzhen. Vernite pozhaluista
600 rub na kartu 5536 3786 5797 5431. Spasibo!
""", subj="peredumal", frm="<levan.t@mail.example.ge>", feats=["translit"])

M("oneliner-changed-mind-polish", "en", "changed_mind", ["Polish number"],
  None, False, None, [], [], ["amount", "paymentDetails"], """\
Changed my mind about the Polish number, refund please.
""", subj="refund", frm="<adam.n@mail.example.com>", feats=["oneliner"])

M("husband-says-no-koi8-qp", "ru", "changed_mind", ["номер Германии"],
  (80000, "RUB", "800 рублей", "rub_word"), False, None, ["+79161234567"], [], ["paymentDetails"], """\
Здравствуйте!
Я вчера заказала номер Германии, 800 рублей. А муж сказал, что нам он не нужен, сын и так
звонит по видеосвязи. Можно вернуть деньги обратно на счёт в вашем кабинете?
Мой телефон 8 916 123-45-67, если что.
Валентина Сергеевна
""", subj="Вернуть деньги за номер", frm="Валентина <valentina.s.1956@mail.example.ru>", cs="koi8-r",
  cte="quoted-printable", feats=["pensioner", "balance_request"],
  notes="'обратно на счёт в вашем кабинете' is the account balance: direct false.")

M("campaign-cancelled-ten-uk-numbers", "en", "changed_mind", ["10 UK numbers", "UK numbers"],
  (4000, "GBP", "£40", "gbp_symbol"), True, ("bank_account", "1441", "83011441"),
  [], ["ORD-512980"], [], """\
Hello,

Yesterday we ordered 10 UK numbers (ORD-512980) for a client's SMS campaign. This morning the
client cancelled the campaign, so we don't need them. None of them has been used.

Please refund the £40 to our company account:
Adwave Ltd, sort code 40-11-62, account 83011441

Best,
Imogen Clarke
Adwave Ltd
""", subj="Please cancel ORD-512980", frm="Imogen Clarke <imogen@adwave.example.co.uk>",
  feats=["many_accounts", "uk_bank"])

M("ne-nuzhen-nomer-alt-yoomoney", "ru", "changed_mind", ["номер Кипра"],
  (250000, "RUB", "2 500 ₽", "rub_symbol"), True, ("wallet", "3390", "4100 1201 8855 3390"),
  [], [], [], """\
Здравствуйте.

Заказала номер Кипра, а потом решила, что он мне всё-таки не нужен. Не пользовалась им ни
разу. Верните, пожалуйста, 2 500 ₽ на ЮMoney 4100 1201 8855 3390.

Спасибо!
Алёна
""", subj="Возврат за номер Кипра", frm="Алёна <alena.cy@mail.example.ru>", fmt="alt")

M("student-project-cancelled", "en", "changed_mind", ["number for a uni project"],
  (300, "GBP", "£3", "gbp_symbol"), True, ("card", "4120", "card ending 4120"),
  [], [], [], """\
hiya, bought a number for a uni project yesterday but the project got scrapped so I don't need
it anymore :( could I get the £3 back to my card ending 4120? thank you!!
""", subj="refund?", frm="Zoe Patel <zoe.patel@student.example.ac.uk>", feats=["student"])

M("fwd-order-peredumala-1350", "ru", "changed_mind", ["номер Казахстана"],
  (135000, "RUB", "1 350,00 руб.", "rub_abbrev_decimal"), True, ("card", "8524", "*8524"),
  [], ["ORD-640517"], [], """\
Передумала, номер не нужен. Верните, пожалуйста, на карту, которой платила (*8524).
Подтверждение заказа ниже.

---------- Пересланное сообщение ----------
От: Заказы <orders@refund-desk.test>
Дата: 3 марта 2026 г., 20:15
Тема: Заказ ORD-640517 оплачен
Кому: <lilia.m@mail.example.ru>

Заказ: ORD-640517
Услуга: номер Казахстана (Астана), 1 месяц
Сумма: 1 350,00 руб.
""", subj="Fwd: Заказ ORD-640517 оплачен", date="Wed, 04 Mar 2026 09:40:05 +0300", frm="Лилия М. <lilia.m@mail.example.ru>", feats=["forward_ru"],
  notes="Service, amount and order from the forwarded confirmation; the customer's own text says only 'номер'.")

M("mother-stays-canada-long", "en", "changed_mind", ["Canadian number"],
  (1100, "USD", "$11", "usd_symbol"), True, ("iban", "6819", "GB29 NWBK 6016 1331 9268 19"),
  ["+447700900314"], [], [], """\
Hello there,

I hope this is the right address for this. About a week ago I bought a Canadian number from
you. The idea was that my mother, who lives in Winnipeg, would be moving over to stay with us
in England for the winter, and she'd keep a Canadian number so her friends back home could
still ring her without paying international rates. Anyway, long story short, after a lot of
back and forth she's decided she'd rather stay put in Winnipeg this year, which is completely
her choice of course, but it does mean we don't need the number at all now. It's never been
used, not a single call.

I paid $11 for it. Would it be possible to refund that to my bank account? My IBAN is
GB29 NWBK 6016 1331 9268 19 (name: David Hargreaves).

If you need to reach me my mobile is 07700 900314.

Thanks very much for your help,
David Hargreaves
""", subj="Refund for a number we no longer need", frm="David Hargreaves <d.hargreaves@mail.example.co.uk>",
  feats=["long", "signature_phone"])

M("mixed-changed-mind-france", "ru", "changed_mind", ["номера Франции"],
  (1000, "EUR", "10 €", "eur_symbol_suffix"), True, ("card", "7862", "5311 5995 2890 7862"),
  [], [], [], """\
Changed my mind насчёт номера Франции, он уже не нужен. Верните 10 € на карту
5311 5995 2890 7862, thanks.
""", subj="refund номер Франции", frm="Кирилл <kirill.fr@mail.example.ru>", feats=["mixed_language"])

M("cooling-off-visa-debit", "en", "changed_mind", ["Irish mobile number"],
  (1200, "GBP", "£12.00", "gbp_symbol"), True, ("card", "2685", "Visa Debit ****2685"),
  [], ["ORD-377104"], [], """\
Dear Sir/Madam,

On 14 January 2026 I purchased an Irish mobile number (order ORD-377104) for £12.00. I have
since decided that I do not wish to proceed with the service. I have not used it. I understand
consumers may cancel a distance contract within 14 days and I hereby give notice of
cancellation.

Please refund £12.00 to the Visa Debit ****2685 used for payment.

Yours faithfully,
Graham Fowler
""", subj="Notice of cancellation - ORD-377104", frm="Graham Fowler <g.fowler@mail.example.co.uk>",
  date="Mon, 19 Jan 2026 09:31:12 +0000", feats=["legalistic", "distractor_numbers"])

M("cheaper-option-1251-requisites", "ru", "changed_mind", ["номер Великобритании"],
  (199000, "RUB", "1 990 руб.", "rub_abbrev_space"), True, ("bank_account", "6610", "40817810355001236610"),
  [], [], [], """\
Добрый день!
Оплатил номер Великобритании (1 990 руб.), но нашёл вариант дешевле, ваш номер мне не нужен.
Прошу вернуть деньги по реквизитам:
Получатель: Тарасов Глеб Викторович
р/с 40817810355001236610
Банк: ПАО Сбербанк
БИК 044030653
к/с 30101810500000000653
""", subj="Отказ от номера", frm="Глеб Тарасов <gleb.tarasov@mail.example.ru>", cs="windows-1251",
  feats=["ru_requisites"])

M("quoted-confirmation-cancel-crlf", "en", "changed_mind", ["Swiss number"],
  (500, "USD", "5 USD", "usd_code_suffix"), True, ("card", "4120", "4715 5711 7777 4120"),
  [], ["ORD-129336"], [], """\
Please cancel this, I changed my mind. Refund 5 USD to card 4715 5711 7777 4120.

On Sun, Mar 1, 2026 at 8:02 PM Orders <orders@refund-desk.test> wrote:
> Thank you for your order ORD-129336.
> Swiss number (Zurich), 1 month - 5 USD
> Your number will be activated within 24 hours.
""", subj="Re: Thank you for your order ORD-129336", frm="Yusuf Demir <yusuf.demir@mail.example.com>",
  date="Sun, 01 Mar 2026 21:14:03 +0100", crlf=True, feats=["quoted_reply"],
  notes="Service from the quoted confirmation the customer replies to.")

M("vague-peredumal-500", "ru", "changed_mind", None,
  (50000, "RUB", "500 руб", "rub_abbrev"), False, None, [], [], ["serviceName", "paymentDetails"], """\
Передумал, верните деньги за номер, 500 руб
""", subj="возврат", frm="<bogdan.x@mail.example.ru>", feats=["oneliner"])

M("japanese-number-twenty-dollars-eth", "en", "changed_mind", ["Japanese number"],
  (2000, "USD", "twenty dollars", "words"), True, ("crypto", "976F", "0x71C7656EC7ab88b098defB751B7401B5f6d8976F"),
  [], [], [], """\
Good evening,

I ordered a Japanese number earlier today, but I have thought it over and I would prefer not to
keep it. I paid twenty dollars. Would you be so kind as to return it to my Ethereum address
0x71C7656EC7ab88b098defB751B7401B5f6d8976F ?

With thanks,
Hiroshi Tanaka
""", subj="Cancellation of today's order", frm="Hiroshi Tanaka <h.tanaka@mail.example.jp>",
  feats=["very_polite", "amount_words"])

# ---------------- accidental_topup ----------------
M("topup-50-instead-of-5", "en", "accidental_topup", ["top-up"],
  (4500, "USD", "$45", "usd_symbol"), True, ("card", "2812", "Visa ending 2812"),
  [], [], [], """\
Hi,

I made a top-up of $50 by accident, I meant $5 (extra zero, sorry). Could you refund the
extra $45 to my Visa ending 2812?

Thanks,
Ben
""", subj="Wrong top-up amount", frm="Ben Harper <ben.harper@mail.example.com>", feats=["multi_amount"])

M("sluchaino-popolnil-5000", "ru", "accidental_topup", ["пополнил баланс", "баланс"],
  (450000, "RUB", "4 500 ₽", "rub_symbol"), True, ("card", "1376", "4561 6661 7603 1376"),
  [], [], [], """\
Здравствуйте! Случайно пополнил баланс на 5 000 ₽ вместо 500 ₽ — лишний ноль. Верните,
пожалуйста, лишние 4 500 ₽ на карту 4561 6661 7603 1376.
""", subj="Ошибочное пополнение", frm="Тимофей <timofey.k@mail.example.ru>", feats=["multi_amount"])

M("kid-topped-up-balance", "en", "accidental_topup", ["account balance", "balance"],
  (2500, "GBP", "£25", "gbp_symbol"), True, ("card", "2812", "Mastercard 5404 2159 0109 2812"),
  [], [], [], """\
Hello,

My son (9) got hold of my phone and topped up the account balance with £25 using my saved
card. It was not intended and nothing has been spent from it. Please refund the £25 to the
card: Mastercard 5404 2159 0109 2812.

Apologies for the trouble,
Rachel Green
""", subj="Accidental balance top up by my child", frm="Rachel Green <rachel.green.uk@mail.example.co.uk>", cte="quoted-printable")

M("translit-sluchaino-popolnil", "ru", "accidental_topup", ["popolnil balans", "balans"],
  (100000, "RUB", "1000 rub", "rub_translit"), True, ("card", "4595", "2206 5901 3962 4595"),
  [], [], [], """\
Zdravstvuite, ya sluchaino popolnil balans na 1000 rub, ne hotel. Vernite pozhaluista na
kartu 2206 5901 3962 4595
""", subj="sluchaino popolnil", frm="<ayrat.k@mail.example.ru>", feats=["translit"])

M("accidental-topup-html-table-cy", "en", "accidental_topup", ["Accidental top-up", "top-up"],
  (10000, "EUR", "EUR 100,00", "eur_code_prefix"), True, ("iban", "7600", "CY17 0020 0128 0000 0012 0052 7600"),
  [], [], [], """\
<html><body>
<p>Dear team,</p>
<p>Please find below the details of an accidental top-up I made on 11&nbsp;February. I intended to pay an invoice from another company and selected your saved payment by mistake.</p>
<table border="1" style="border-collapse:collapse">
<tr><td><b>Type</b></td><td>Accidental top-up</td></tr>
<tr><td><b>Amount</b></td><td>EUR 100,00</td></tr>
<tr><td><b>Date</b></td><td>11.02.2026</td></tr>
<tr><td><b>Refund to (IBAN)</b></td><td>CY17 0020 0128 0000 0012 0052 7600</td></tr>
<tr><td><b>Holder</b></td><td>Andreas Georgiou</td></tr>
</table>
<p>Kind regards,<br>Andreas Georgiou</p>
</body></html>
""", subj="Accidental top-up - refund request", date="Thu, 12 Feb 2026 08:45:10 +0200", frm="Andreas Georgiou <a.georgiou@mail.example.com.cy>",
  fmt="html", feats=["html_table", "distractor_numbers"])

M("wrong-account-topup-koi8", "ru", "accidental_topup", ["пополнила баланс", "баланс"],
  (300000, "RUB", "3 000 руб", "rub_abbrev_space"), True, None, [], [], ["paymentDetails"], """\
Добрый день.
По ошибке пополнила баланс не того аккаунта (это аккаунт моего бывшего коллеги, я им не
пользуюсь), 3 000 руб. Верните, пожалуйста, на карту, с которой платила.
Марина
""", subj="Ошибочное пополнение", frm="Марина <marina.z@mail.example.ru>", cs="koi8-r",
  notes="Card named but not identified: direct true, payment null.")

M("oneliner-accidentally-topped-up", "en", "accidental_topup", ["topped up"],
  None, False, None, [], [], ["amount", "paymentDetails"], """\
accidentally topped up, pls refund
""", subj="oops", frm="<nate.w@mail.example.com>", feats=["oneliner"])

M("zakinul-na-balans-qp-yoomoney", "ru", "accidental_topup", ["баланс"],
  (200000, "RUB", "2 000 ₽", "rub_symbol"), True, ("wallet", "4781", "4100 1117 0932 4781"),
  [], [], [], """\
Здравствуйте.

Случайно закинул 2 000 ₽ на баланс — хотел оплатить совсем другое, перепутал вкладки.
С баланса ничего не тратил. Верните на ЮMoney 4100 1117 0932 4781, пожалуйста.

Спасибо
""", subj="Случайное пополнение", frm="Станислав <stas.y@mail.example.ru>", fmt="alt", cte="quoted-printable")

M("ci-script-topups-paypal", "en", "accidental_topup", ["top-ups", "top-up"],
  (19000, "USD", "$190", "usd_symbol"), True, ("paypal", "ydev", "finance@stackbuddy.dev"),
  [], [], [], """\
Hi,

A bug in our CI script made 20 top-ups of $10 each last night instead of one (retry loop on
a 502). None of the balance has been spent. We'd like the 19 extra top-ups refunded: $190 to
PayPal finance@stackbuddy.dev.

Log excerpt: 2026-02-26T02:14:07Z topup ok (x20)

Thanks,
Priit, StackBuddy
""", subj="Accidental top-ups from a script", date="Thu, 26 Feb 2026 09:10:33 +0200", frm="Priit Kask <finance@stackbuddy.dev>",
  feats=["developer", "multi_amount", "distractor_numbers"])

M("fwd-bank-sms-popolnenie-15000", "ru", "accidental_topup", ["Пополнение баланса"],
  (1350000, "RUB", "13 500 ₽", "rub_symbol"), True, ("card", "2239", "Карта *2239"),
  [], [], [], """\
Добрый день. Случайно пополнил не на ту сумму — хотел 1 500, а ввёл 15 000. Прошу вернуть
13 500 ₽ на карту, с которой платил. Чек пересылаю.

-------- Пересылаемое сообщение --------
От: noreply@refund-desk.test
Тема: Квитанция об оплате

Пополнение баланса: 15 000,00 RUB
Карта *2239
Дата: 21.01.2026 22:47
-------- Конец пересылаемого сообщения --------
""", subj="Fwd: Квитанция об оплате", date="Thu, 22 Jan 2026 09:30:12 +0300", frm="Вадим <vadim.t@mail.example.ru>",
  feats=["forward_ru", "multi_amount"],
  notes="Asks back 13 500 of the 15 000 topped up; service wording and card tail from the forwarded receipt the customer relies on.")

M("pressed-wrong-button-elderly", "en", "accidental_topup", ["balance top-up"],
  (3000, "GBP", "£30", "gbp_symbol"), False, None, [], [], ["paymentDetails"], """\
Dear Sirs,

I am afraid I pressed the wrong button on your website and it has charged me £30 for a "balance
top-up". I did not mean to do that at all, I was only trying to look at my bill. Could I have
it back please?

Kind regards,
Edna Walsh (Mrs)
""", subj="Charged by mistake", frm="Edna Walsh <edna.walsh@mail.example.co.uk>", feats=["pensioner", "confused"])

M("rebenok-popolnil-1251-b64", "ru", "accidental_topup", ["пополнил баланс", "баланс"],
  (70000, "UAH", "700 грн", "uah"), True, ("card", "8524", "5101 1547 2803 8524"),
  [], [], [], """\
Добрый день!
Ребёнок пополнил баланс с моей карты на 700 грн, без моего ведома. Деньги с баланса не
потрачены. Прошу вернуть на карту 5101 1547 2803 8524.
Ирина
""", subj="Пополнение без ведома", frm="Ирина Ткаченко <iryna.tk@mail.example.ua>", cs="windows-1251",
  cte="base64")

M("statement-pdf-topup-zloty", "en", "accidental_topup", ["accidental top-up"],
  (15000, "PLN", "150 zł", "pln"), True, ("card", "4235", "4584 7529 1703 4235"),
  [], [], [], """\
Hello,

Attached is my bank statement showing an accidental top-up of 150 zł on your site on
2 February. I confused your checkout with my phone operator's. Please refund it to
4584 7529 1703 4235.

Thank you,
Marta Zielińska
""", subj="accidental top-up refund", date="Wed, 04 Feb 2026 18:50:28 +0100", frm="Marta Zielinska <marta.zielinska@poczta.example.pl>",
  fmt="mixed", attach=("wyciag_luty.pdf", "application/pdf"), feats=["attachment"])

M("mixed-accidentally-usdt", "ru", "accidental_topup", ["balance"],
  (4500, "USD", "45$", "usd_symbol_suffix"), True, ("crypto", "3WwE", "TNb6Vc3Xz8Lk5Jh2Gf9Dd4Ss7Aa1Qq3WwE"),
  [], [], [], """\
Accidentally пополнил balance на 50$ вместо 5$. Верните 45$ на USDT TRC20
TNb6Vc3Xz8Lk5Jh2Gf9Dd4Ss7Aa1Qq3WwE
""", subj="accidentally", frm="<crypto.lexa@mail.example.ru>", feats=["mixed_language", "multi_amount"])

M("wrong-currency-topup-swift-crlf", "en", "accidental_topup", ["top-up"],
  (10000, "EUR", "100 EUR", "eur_code_suffix"), True, ("bank_account", "3000", "0532013000"),
  [], [], [], """\
Hello,

I wanted to make a top-up of 100 RUB for a single SMS number but the currency switch was set to
euro and I ended up paying 100 EUR. That was a mistake. Please refund 100 EUR by bank transfer:

Bank: Commerzbank
SWIFT/BIC: COBADEFFXXX
Account no.: 0532013000
Holder: Mikhail Braun

Thank you
""", subj="Top-up in wrong currency", frm="Mikhail Braun <m.braun@mail.example.de>", crlf=True,
  feats=["swift_bank", "multi_amount"])

M("pensioner-dve-s-polovinoy-tysyachi", "ru", "accidental_topup", ["пополнение баланса", "баланса"],
  (250000, "RUB", "две с половиной тысячи рублей", "words"), True, ("bank_account", "5578", "40817810600004415578"),
  ["+78632345678"], [], [], """\
Здравствуйте, дорогие!

Я пенсионерка, живу в Ростове, у меня у вас номер для связи с сестрой в Израиле. Вчера я
хотела заплатить за номер за следующий месяц, а внучка мне объяснила, что у вас сначала надо
пополнять баланс. Ну я и нажала на пополнение баланса, а там было уже вписано какое-то число,
и я не посмотрела, и списалось две с половиной тысячи рублей. А мне надо было всего рублей
триста. Пенсия у меня маленькая, эти деньги мне очень нужны.

Прошу вернуть мне две с половиной тысячи рублей, за номер я потом сама заплачу, когда
внучка придёт и поможет. Реквизиты внучка написала:

Получатель: Демченко Зинаида Фёдоровна
Счёт: 40817810600004415578
БИК: 046015602
Банк: ПАО Сбербанк (Юго-Западный банк)

Телефон домашний: 8 (863) 234-56-78

Спасибо вам большое.
Зинаида Фёдоровна
""", subj="Пополнение по ошибке", frm="Зинаида Демченко <zina.demchenko@mail.example.ru>",
  feats=["long", "pensioner", "amount_words", "ru_requisites", "multi_amount", "signature_phone"])
