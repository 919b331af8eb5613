teSearchFile("terms/74-6f-75",[["touched",[1,1,38],[]]]);
