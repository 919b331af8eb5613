teSearchFile("terms/74-65-69",[["tei",[1,1,2],[]]]);
