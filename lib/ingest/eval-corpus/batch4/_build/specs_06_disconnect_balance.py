# voluntary_disconnect (16: en 8, ru 8) and unused_balance (16: en 8, ru 8)
from common import M

# ---------------- voluntary_disconnect ----------------
M("moving-back-uk-number-7-months", "en", "voluntary_disconnect", ["UK number"],
  (3500, "GBP", "£35", "gbp_symbol"), True, ("card", "8797", "card ending 8797"),
  ["+447700900812"], [], [], """\
Hi,

I disconnected my UK number (+44 7700 900812) today. I paid £60 for a year in September, but
I'm moving back home to Australia so I won't need it. Nothing wrong with the service, it worked
perfectly.

Could you refund the remaining 7 months, £35, to my card ending 8797?

Thanks,
Liam
""", subj="Disconnected number - refund for remaining months", frm="Liam Walker <liam.walker@mail.example.com.au>",
  feats=["multi_amount"], notes="£60 paid for the year; £35 asked back.")

M("otklyuchil-dosrochno-1770", "ru", "voluntary_disconnect", ["номер Эстонии"],
  (177000, "RUB", "1 770 ₽", "rub_symbol"), True, ("card", "9678", "2200 2174 2180 9678"),
  [], [], [], """\
Здравствуйте.
Отключил номер Эстонии досрочно, он оплачен до июня, но больше мне не нужен. Прошу вернуть
1 770 ₽ за оставшиеся 3 месяца на карту 2200 2174 2180 9678.
Спасибо.
""", subj="Досрочное отключение номера", date="Mon, 02 Mar 2026 11:20:43 +0300", frm="Вячеслав <slava.ee@mail.example.ru>")

M("business-closed-london-numbers-alt", "en", "voluntary_disconnect", ["three London numbers", "London numbers"],
  (12000, "GBP", "£120", "gbp_symbol"), True, ("bank_account", "5678", "12345678"),
  [], ["ORD-103372", "ORD-103373", "ORD-103374"], [], """\
Dear Refund Desk,

We have closed our office and cancelled our three London numbers today (ORD-103372,
ORD-103373, ORD-103374). They were paid until the end of December. We'd be grateful for a
pro-rata refund of the unused months, £120 by our calculation.

HSBC, sort code 40-05-15, account 12345678, Marlowe & Finch Ltd.

Kind regards,
Oliver Finch
Director
""", subj="Cancelled London numbers - pro rata refund", frm="Oliver Finch <oliver@marlowefinch.example.co.uk>",
  fmt="alt", feats=["uk_bank", "multi_order", "small_shop"])

M("translit-otklyuchil-qiwi", "ru", "voluntary_disconnect", ["nomer Turcii"],
  (90000, "RUB", "900 rub", "rub_translit"), True, ("wallet", "8899", "+7 926 777-88-99"),
  ["+79267778899"], [], [], """\
Privet. Ya otklyuchil nomer Turcii, on bolshe ne nuzhen, oplachen bil eshe na 3 mesyaca.
Vernite dengi za ostavshiesya mesyacy, 900 rub, na qiwi +7 926 777-88-99. Spasibo
""", subj="otklyuchil nomer", frm="<emil.tr@mail.example.ru>", feats=["translit", "qiwi_phone"])

M("oneliner-deleted-refund-rest", "en", "voluntary_disconnect", None,
  None, False, None, [], [], ["serviceName", "amount", "paymentDetails"], """\
I deleted my number, refund the rest of the month.
""", subj="refund", frm="<t.nguyen@mail.example.com>", feats=["oneliner"])

M("pereezd-ssha-1251-qp", "ru", "voluntary_disconnect", ["номера США"],
  (150000, "RUB", "1 500 руб", "rub_abbrev_space"), True, ("bank_account", "0044", "40817810100077810044"),
  [], [], [], """\
Здравствуйте!
Я отказалась от номера США досрочно — переезжаю, он мне больше не понадобится. Претензий к
работе номера нет. Оплачено было за полгода, прошу вернуть за неиспользованные месяцы
1 500 руб по реквизитам:
р/с 40817810100077810044
БИК 044525411, Филиал «Центральный» Банка ВТБ
Получатель: Лебедева Анна Игоревна
""", subj="Отказ от номера", frm="Анна Лебедева <anna.lebedeva@mail.example.ru>", cs="windows-1251",
  cte="quoted-printable", feats=["ru_requisites"])

M("dev-terminated-did-iban", "en", "voluntary_disconnect", ["DID"],
  (3200, "USD", "$32", "usd_symbol"), True, ("iban", "4321", "DE29 1001 0010 0987 6543 21"),
  [], ["ORD-482290"], [], """\
Hi,

We terminated the DID from ORD-482290 on 3 March (migrated to our own SIP trunk). It was
prepaid until 30 June. Requesting a refund of the unused 4 months: $32 (4 x $8).

IBAN DE29 1001 0010 0987 6543 21, Fieldnote GmbH.

Thanks,
Hannah
""", subj="Refund for terminated DID", frm="Hannah Roth <hannah@fieldnote.example.de>",
  feats=["developer", "multi_amount"])

M("legal-rastorgayu-alt-card", "ru", "voluntary_disconnect", ["виртуального номера (Литва)", "номера (Литва)"],
  (540000, "RUB", "5 400 руб.", "rub_abbrev_space"), True, ("card", "3396", "5536 9290 8100 3396"),
  [], ["ORD-720118"], [], """\
Уважаемая служба возвратов!

Уведомляю об одностороннем отказе от услуги аренды виртуального номера (Литва) по заказу
ORD-720118. Номер отключён мною 01.03.2026, услуга оплачена на год вперёд. Причина отказа —
отсутствие необходимости, к качеству услуги претензий не имею.

Прошу вернуть 5 400 руб. за неиспользованный период на карту 5536 9290 8100 3396.

С уважением,
Соколов Д. В.
""", subj="Уведомление об отказе от услуги", date="Mon, 02 Mar 2026 10:22:14 +0300", frm="Дмитрий Соколов <d.v.sokolov@mail.example.ru>",
  fmt="alt", feats=["legalistic"])

M("retiring-spanish-number-crlf-paypal", "en", "voluntary_disconnect", ["Spanish number"],
  (1800, "EUR", "€18", "eur_symbol_prefix"), True, ("paypal", "couk", "j.pemberton@mail.example.co.uk"),
  [], [], [], """\
Dear Refund Desk,

As I am retiring from my consultancy work, I have cancelled the Spanish number I rented from
you; I no longer have any use for it. The service itself was entirely satisfactory.

I should be grateful if you would kindly refund the months remaining, which I calculate at €18,
to my PayPal account, j.pemberton@mail.example.co.uk.

Yours sincerely,
James Pemberton
""", subj="Cancellation and refund", frm="James Pemberton <j.pemberton@mail.example.co.uk>", crlf=True,
  feats=["very_polite"])

M("mixed-cancelled-german-number", "ru", "voluntary_disconnect", ["German number"],
  (2000, "EUR", "20 €", "eur_symbol_suffix"), True, ("iban", "6789", "DE97 2004 0060 0123 4567 89"),
  [], [], [], """\
Привет! Cancelled мой German number, он был paid until end of April, но больше не нужен.
Верните 20 € за остаток на IBAN DE97 2004 0060 0123 4567 89. Danke!
""", subj="German number cancelled", frm="Юлия <julia.hamburg@mail.example.de>", feats=["mixed_language"])

M("quoted-disconnected-italian-card", "en", "voluntary_disconnect", ["Italian number"],
  (1500, "EUR", "€15", "eur_symbol_prefix"), True, ("card", "4705", "4377 0757 9383 4705"),
  [], [], [], """\
Done, I disconnected the Italian number in my account just now. Please refund the remaining
€15 to card 4377 0757 9383 4705.

Paolo

On Wed, 18 Feb 2026 at 09:40, Support <support@refund-desk.test> wrote:
> Hello Paolo,
> you can disconnect the number yourself in your account under Numbers > Manage. A refund
> for the unused period can be requested from the Refund Desk.
""", subj="Re: How do I stop my number?", frm="Paolo Ricci <paolo.ricci@mail.example.it>",
  date="Wed, 18 Feb 2026 11:12:50 +0100", feats=["quoted_reply"])

M("kyrgyz-number-deleted-som-b64", "ru", "voluntary_disconnect", ["номер Киргизии"],
  (40000, "KGS", "400 сом", "kgs_word_ru"), True, ("card", "3846", "2202 1746 8145 3846"),
  [], [], [], """\
Здравствуйте. Удалил номер Киргизии раньше срока, он мне больше не нужен. Верните деньги за
неиспользованный период, 400 сом, на карту 2202 1746 8145 3846.
""", subj="Удалил номер", frm="Азамат <azamat.b@mail.example.kg>", cte="base64")

M("marketer-8-of-20-numbers-eth", "en", "voluntary_disconnect", ["Brazilian and Mexican numbers", "rented numbers"],
  (6400, "USD", "approx. $64", "usd_approx"), True, ("crypto", "b310", "0x9fC3dA8e5B2A41cD7E3F0b6a1D4c8E2f57A9b310"),
  [], [], [], """\
Hi team,

Our Q1 campaign ended early, so we disconnected 8 of our 20 rented numbers yesterday (the
Brazilian and Mexican numbers on account ACC-40917). Nothing wrong with them, we just don't need them.
Unused days come to approx. $64 by my count (8 numbers x ~16 days).

Please send to our ETH wallet 0x9fC3dA8e5B2A41cD7E3F0b6a1D4c8E2f57A9b310.

Cheers,
Marco, Growth @ Fluxo
""", subj="Refund for 8 disconnected numbers", frm="Marco Silva <marco@fluxo.example.com>",
  feats=["many_accounts", "distractor_ids", "multi_amount"])

M("fwd-disconnect-confirmation-ru", "ru", "voluntary_disconnect", ["номер Сербии"],
  (120000, "RUB", "1 200 ₽", "rub_symbol"), True, ("card", "6012", "2201 1186 2527 6012"),
  [], [], [], """\
Добрый день! Я сам отключил номер Сербии, он оплачен до 31 мая, а мне он больше не нужен
(уехал из Белграда). Подтверждение ниже. Верните остаток 1 200 ₽ на карту 2201 1186 2527 6012.

---------- Forwarded message ---------
From: Numbers <numbers@refund-desk.test>
Date: Sat, 7 Mar 2026 at 10:02
Subject: Number disconnected
To: <sergey.bg@mail.example.rs>

Your number +381 60 1234567 has been disconnected at your request.
Paid until: 31.05.2026
""", subj="Fwd: Number disconnected", frm="Сергей <sergey.bg@mail.example.rs>",
  date="Sat, 07 Mar 2026 12:40:00 +0100", feats=["forward_en"],
  notes="The phone appears only in the forwarded confirmation: excluded.")

M("caps-cancelled-french-number", "en", "voluntary_disconnect", ["FRENCH NUMBER"],
  (500, "EUR", "5 EUROS", "eur_word_caps"), False, None, [], [], ["paymentDetails"], """\
I CANCELLED THE FRENCH NUMBER 2 WEEKS INTO THE MONTH BECAUSE I DIDN'T NEED IT ANY MORE. REFUND
THE OTHER 2 WEEKS, THAT'S 5 EUROS. THANKS
""", subj="CANCELLED", frm="<gary.b.1970@mail.example.com>", feats=["caps"])

M("pensioner-son-left-chetyre-tysyachi", "ru", "voluntary_disconnect", ["номер в Германии"],
  (400000, "RUB", "четыре тысячи рублей", "words"), True, ("card", "5492", "последние цифры 5492"),
  ["+78462123456"], [], [], """\
Здравствуйте!

Пишу вам по поводу номера. Сын в прошлом году уехал работать, и мы взяли номер в Германии,
чтобы он мог звонить мне как на местный. Оплатили сразу до конца года. А теперь сын вернулся
домой насовсем, слава богу, и номер нам больше не нужен. Я его отключила сама через кабинет,
соседка помогла.

Оплачено было до декабря, а сейчас только март. Прошу вернуть за оставшиеся месяцы, сын
посчитал — четыре тысячи рублей. Карта Сбербанка, последние цифры 5492.

Мой телефон: 8 (846) 212-34-56, звоните, если что не так.

Антонина Павловна
""", subj="Возврат за номер", date="Tue, 10 Mar 2026 12:59:44 +0400", frm="Антонина <antonina.p.1950@mail.example.ru>",
  feats=["long", "pensioner", "amount_words", "signature_phone"],
  notes="Only the last digits of the card are given: tail 5492.")

# ---------------- unused_balance ----------------
M("deleted-all-numbers-balance-card", "en", "unused_balance", ["balance"],
  (2340, "USD", "$23.40", "usd_symbol"), True, ("card", "9096", "4377 1993 5181 9096"),
  [], [], [], """\
Hi,

I've deleted all my numbers and I'm done with the service. There's $23.40 left on my balance;
please send it to my card 4377 1993 5181 9096.

Thanks,
Chris
""", subj="Remaining balance", frm="Chris Doyle <chris.doyle@mail.example.com>")

M("udalil-nomera-ostalos-1240", "ru", "unused_balance", ["балансе", "баланс"],
  (124000, "RUB", "1 240 ₽", "rub_symbol"), True, ("card", "8797", "4276 7877 8932 8797"),
  [], [], [], """\
Здравствуйте. Удалил все номера, больше пользоваться сервисом не буду. На балансе осталось
1 240 ₽ — верните, пожалуйста, на карту 4276 7877 8932 8797.
""", subj="Возврат остатка", frm="Пётр <petr.o@mail.example.ru>")

M("remaining-balance-html-sortcode", "en", "unused_balance", ["remaining balance", "balance"],
  (1725, "GBP", "£17.25", "gbp_symbol"), True, ("bank_account", "4567", "51234567"),
  [], [], [], """\
<html><body style="font-family:Calibri">
<p>Hello,</p>
<p>I have removed my numbers from the account and would like the remaining balance of <b>&pound;17.25</b> returned.</p>
<p>Bank: Nationwide<br>Sort code: 07-04-36<br>Account: 51234567<br>Name: S. Ahmed</p>
<p>Thank you,<br>Samira Ahmed</p>
</body></html>
""", subj="Refund of remaining balance", frm="Samira Ahmed <samira.ahmed@mail.example.co.uk>", fmt="html",
  feats=["uk_bank", "entities"])

M("translit-ostatok-kivi", "ru", "unused_balance", ["ostatok na balanse", "balanse"],
  (35000, "RUB", "350 rub", "rub_translit"), True, ("wallet", "4455", "+7 903 222-44-55"),
  ["+79032224455"], [], [], """\
Dobryi den, udalil vse nomera, ostatok na balanse 350 rub, vernite pozhaluista na kivi
+7 903 222-44-55
""", subj="ostatok", frm="<roma.k.88@mail.example.ru>", feats=["translit", "qiwi_phone"])

M("leftover-balance-paypal", "en", "unused_balance", ["leftover balance", "balance"],
  (860, "EUR", "€8,60", "eur_symbol_prefix_comma"), True, ("paypal", "lede", "mathilde@mail.example.de"),
  [], [], [], """\
Hello, I stopped using my numbers and deleted them last week. Could you please send the
leftover balance (€8,60) to my PayPal mathilde@mail.example.de? Thank you! Mathilde
""", subj="leftover balance", frm="Mathilde Schulz <mathilde@mail.example.de>")

M("zakryvayu-akkaunt-1251-b64", "ru", "unused_balance", ["Остаток на балансе", "балансе"],
  (278040, "RUB", "2 780,40 руб.", "rub_abbrev_decimal"), True, ("bank_account", "7120", "40817810938110227120"),
  [], [], [], """\
Добрый день.
Закрываю аккаунт, все номера удалены. Остаток на балансе — 2 780,40 руб. Прошу перечислить
его по реквизитам:
Получатель: Жуков Андрей Николаевич
Счёт получателя: 40817810938110227120
Банк: ПАО Сбербанк, БИК 044525225, корр. счёт 30101810400000000225
""", subj="Возврат остатка средств", frm="Андрей Жуков <a.zhukov@mail.example.ru>", cs="windows-1251",
  cte="base64", feats=["ru_requisites"])

M("stopped-using-remaining-balance-btc", "en", "unused_balance", ["remaining balance", "balance"],
  (3100, "USD", "$31", "usd_symbol"), True, ("crypto", "kx0l", "bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l"),
  [], [], [], """\
I stopped using your service and deleted the numbers. Please send my remaining balance, $31,
to bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l
""", subj="remaining balance", frm="<satoshi.fan@proton.example.me>", feats=["oneliner"])

M("ostatok-sredstv-alt-qp-yoomoney", "ru", "unused_balance", ["остаток средств на балансе", "балансе"],
  (435000, "RUB", "4 350 ₽", "rub_symbol"), True, ("wallet", "6612", "4100 1190 4477 6612"),
  [], [], [], """\
Здравствуйте!

Я удалила все арендованные номера и больше не планирую пользоваться сервисом. Прошу вернуть
остаток средств на балансе — 4 350 ₽ — на кошелёк ЮMoney 4100 1190 4477 6612.

С уважением,
Татьяна
""", subj="Возврат остатка на балансе", frm="Татьяна Белова <t.belova@mail.example.ru>", fmt="alt",
  cte="quoted-printable")

M("whatever-left-on-balance-iban", "en", "unused_balance", ["balance"],
  None, True, ("iban", "7892", "ES60 0049 1500 0512 3456 7892"), [], [], ["amount"], """\
Hi,

I cancelled all my numbers last month. Please refund whatever is left on my balance to my bank
account ES60 0049 1500 0512 3456 7892 (Javier Ortega). I don't remember the exact amount.

Thanks,
Javier
""", subj="Refund balance", frm="Javier Ortega <javier.ortega@mail.example.es>",
  notes="No figure given: amount null.")

M("mixed-udalila-numbers-balance", "ru", "unused_balance", ["balance"],
  (1500, "USD", "15 $", "usd_symbol_suffix"), True, ("card", "6504", "4817 4710 4974 6504"),
  [], [], [], """\
Удалила все numbers, на balance осталось 15 $. Верните на карту 4817 4710 4974 6504 please.
""", subj="balance refund", frm="<sveta.nyc@mail.example.com>", feats=["mixed_language"])

M("api-account-closed-swift", "en", "unused_balance", ["balance"],
  (11250, "USD", "112.50 USD", "usd_code_suffix"), True, ("bank_account", "6789", "000123456789"),
  [], [], [], """\
Hello,

We closed our integration and released all numbers via the API last Friday. Account ACC-88213
now shows a balance of 112.50 USD, which we'd like refunded by wire:

Beneficiary: Northbeam Labs Inc.
Bank: JPMorgan Chase, New York
SWIFT/BIC: CHASUS33
Account: 000123456789

Ref ticket #55120.

Regards,
Accounts Payable, Northbeam Labs
""", subj="Balance refund - ACC-88213", frm="AP Northbeam <ap@northbeam.example.com>",
  feats=["developer", "swift_bank", "distractor_ids"])

M("quoted-support-ostatok-560", "ru", "unused_balance", ["остаток"],
  (56000, "RUB", "560 руб", "rub_abbrev"), True, ("card", "4262", "5189 6671 2768 4262"),
  [], [], [], """\
Прошу вернуть остаток 560 руб на карту 5189 6671 2768 4262. Номера я удалил ещё в январе.

вт, 10 февр. 2026 г. в 17:44, Поддержка <support@refund-desk.test>:
> Здравствуйте!
> Вы можете запросить возврат остатка средств с баланса, написав в Refund Desk.
""", subj="Re: Остаток на балансе", frm="Георгий <georgy.l@mail.example.ru>",
  date="Tue, 10 Feb 2026 19:03:10 +0300", feats=["quoted_reply"],
  notes="'остаток' (of the balance) is the customer's wording; the quoted support message says 'баланса'.")

M("screenshot-balance-amex", "en", "unused_balance", ["balance"],
  (4210, "GBP", "£42.10", "gbp_symbol"), True, ("card", "1002", "Amex ending 1002"),
  [], [], [], """\
Hi,

After I removed my numbers there's £42.10 left (screenshot of the balance attached). I'd like
it refunded to my Amex ending 1002.

Thanks,
Victoria
""", subj="Refund remaining funds", frm="Victoria Shaw <victoria.shaw@mail.example.co.uk>", fmt="mixed",
  attach=("balance.png", "image/png"), feats=["attachment"])

M("caps-vernite-ostatok-800", "ru", "unused_balance", ["ОСТАТОК С БАЛАНСА", "БАЛАНСА"],
  (80000, "RUB", "800 РУБ", "rub_abbrev_caps"), False, None, [], [], ["paymentDetails"], """\
ВЕРНИТЕ ОСТАТОК С БАЛАНСА 800 РУБ, НОМЕРА Я УДАЛИЛ.
""", subj="ОСТАТОК", frm="<oleg.77.msk@mail.example.ru>", feats=["caps", "oneliner"])

M("closing-shop-balance-crlf-iban", "en", "unused_balance", ["balance"],
  (5490, "EUR", "€54.90", "eur_symbol_prefix"), True, ("iban", "4567", "NL20 INGB 0001 2345 67"),
  [], [], [], """\
Hello,

We are closing our webshop at the end of the month and have deleted all the numbers on our
account. The balance is €54.90. Please transfer it to NL20 INGB 0001 2345 67 (De Bloemist
V.O.F.).

Met vriendelijke groet,
Eva Bakker
De Bloemist
""", subj="Closing account - balance refund", frm="Eva Bakker <eva@debloemist.example.nl>", crlf=True,
  feats=["small_shop"])

M("emigrating-ostatok-3120-long", "ru", "unused_balance", ["на балансе", "балансе"],
  (312000, "RUB", "3 120 ₽", "rub_symbol"), True, ("card", "9346", "Мир 5228 3307 6661 9346"),
  ["+79219876543"], [], [], """\
Добрый вечер!

Пишу, потому что уезжаю из страны надолго и закрываю все свои подписки и сервисы. У вас у
меня было два номера — московский и питерский, я ими пользовалась для работы почти два года,
всё было хорошо, спасибо. На прошлой неделе я их удалила в личном кабинете, потому что они
мне больше не понадобятся.

Но на балансе осталось больше трёх тысяч — точнее 3 120 ₽, я пополняла заранее на несколько
месяцев вперёд. Хотелось бы их вернуть до отъезда, если это возможно.

Карта: Мир 5228 3307 6661 9346 (хотя она, кажется, Mastercard, но в банке сказали Мир — в общем,
номер такой).

Если что, мой номер для связи +7 921 987-65-43, он будет работать ещё две недели.

Спасибо большое,
Ксения
""", subj="Возврат остатка перед отъездом", frm="Ксения Воронина <ksenia.voronina@mail.example.ru>",
  feats=["long", "signature_phone", "confused"])
