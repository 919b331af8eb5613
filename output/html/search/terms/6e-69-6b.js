teSearchFile("terms/6e-69-6b",[["nikolayevich",[1,1,2],[]]]);
