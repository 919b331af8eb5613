teSearchFile("terms/7a-61-6b",[["zakharov",[1,4,2,4,10,24],[1]]]);
